/** Feedback as the benches post it: Chinese (simplified and traditional) and English, complaints and praise. */
export const SAMPLE_MESSAGES = [
  '快递三天还没到，客服电话也打不通，太失望了',
  '外卖送到的时候汤都洒了，菜也凉了',
  '房间很干净，前台服务热情，下次还住这里',
  '订单少发了一件，申请退款一直没人处理',
  'The app crashed twice while I was paying, please fix it',
  'Great service, the courier was on time and very polite',
  '建议增加晚上十点以后的配送时段',
  '價格比上次貴了很多，而且沒有提前通知',
];

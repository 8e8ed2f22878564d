import { FRAUD_ON_ACCOUNT, IDENTITY_USED } from './fraud.ts';
import { listed } from './listed.ts';

/** Theft and intrusion: the belongings whose loss is one, and the phrases that tell one. */

/** Belongings gone: theft when the sentence names what went (checked below). */
export const BELONGINGS_GONE = listed('不见了|被拿走了|被人拿走|不翼而飞');
/**
 * "打扫完我的充电器就没了", "里面的手表没了": gone, of the belonging right before it; "手机信号很差，进电梯就没了" is the signal, and a bare
 * 没了 must end its clause ("耳机没了声音" is a fault).
 */
export const GONE_RIGHT_AFTER = '就没了';
export const GONE_AT_CLAUSE_END = '没了';
/** Gone when the guest woke or came back, a clause after the belonging was left (手机放床头充电 早上起来没了): it must end its clause as 没了 does ("回来就没了电" is a battery). */
export const GONE_ON_RETURN: ReadonlySet<string> = new Set(['起来没了', '起来就没了', '回来没了', '回来就没了']);
export const BELONGINGS_GONE_SET: ReadonlySet<string> = new Set([...BELONGINGS_GONE, GONE_RIGHT_AFTER, GONE_AT_CLAUSE_END, ...GONE_ON_RETURN]);
/** What a customer carries or keeps in the room, named in the sentence before it went. */
export const BELONGING = '(手机|钱包|现金|块钱|羽绒服|电脑|平板|iPad|ipad|耳机|AirPods|airpods|手表|首饰|项链|手镯|戒指|金饰|相机|充电宝|充电器|行李|箱子|香水|大衣|外套|衣服|护照|身份证)';
export const BELONGINGS_BEFORE = new RegExp(`${BELONGING}[^。！？!?]{0,20}$`);
/** Taken by someone, which an order left at the door also is (外卖放门口被人拿走了: order-taken.ts); gone (不见了, 没了) is not, as a mislaid order also is. */
export const TAKEN_BY_SOMEONE: ReadonlySet<string> = new Set(['被拿走了', '被人拿走']);
export const BELONGING_RIGHT_BEFORE = new RegExp(`${BELONGING}$`);

/** Theft, intrusion and threats to the customer's person, and fraud with the customer's data or account. */
export const THEFT_PHRASES = [
  // A break-in at a home or a car (单元有两家被盗了, 车被撬了): 被盗 alone is as often an account (账号被盗了), no incident of the guide's.
  ...listed('家被盗|户被盗|家里被盗|车被盗|入室盗窃|被入室|车被撬|门被撬'),
  // Pinched off the table (一转身就被旁边经过的人顺走了).
  '被顺走', '人顺走了', '被人顺走',
  ...listed('被偷|偷了|失窃|丢了钱|钱丢了|东西丢了|丢了东西|东西不见了|手机不见了|钱包不见了|充电宝不见了|充电宝就不见了|电脑不见了|行李不见了|首饰不见了|现金不见了|丢了现金|偷拍|针孔摄像头|摄像头对着|陌生人进'),
  // A hidden camera by its other names (針孔鏡頭, a pinhole lens).
  ...listed('针孔镜头|针孔摄像|针孔相机|隐藏摄像头|隐藏的摄像头|隐形摄像头|偷拍镜头'),
  ...listed('有人进了我的房间|打开别人的房间|开别人的房间|打开别人的门|开了别人的门|半夜有人开门|有人刷卡进|刷开了我的门|开了我的门|开我的门|开我们的门|开了我们的门|刷我的门|刷我房门|刷我的房门|刷我们的门|刷我们的房门|拧我的门把|拧我们的门把|拧我房间的门把|拧我房门|拧我们房门|拧我的房门|扭我的门把|扭我房门|转我的门把|有人拧门|有人在拧门|拿房卡开|拧门把手|闯进|性骚扰|骚扰我|被跟踪|跟踪我|一路跟着我|尾随|骗走'),
  // Personal-safety incidents: a courier or staff member asking whether she lives alone or where
  // she lives, threats; a door opened with a card or beaten on at night.
  '是不是一个人住', '是不是一个人在家', '一个人住吗', '一个人在家吗', '是否一个人住',
  ...listed('有没有男朋友|约我出去|我知道你住哪|知道你住哪|去我家找我|来我家找我|找上门|找上来了|把我的房号告诉|房号告诉了|泄露了我的房号|房号被泄露|威胁短信'),
  // The same told by the customer ("还说知道我住哪，叫我小心点"), and a stranger at the door.
  ...listed('知道我家在哪|知道我住几楼|看我一个人住|知道我住哪|知道我住在哪|知道我一个人'),
  // Belongings searched or slit while the guest was out ("趁我不在进房间翻了我的包", "行李箱被人划开了").
  ...listed('翻了我的包|翻我的包|翻了我的东西|翻我的东西|被人划开|被划开了|叫我小心点|让我小心点|你给我小心点|不认识的男人|不认识的男的|找人收拾|要收拾我|收拾我一顿|找人打我|弄死你|弄死我'),
  // Someone climbing in from the balcony or a window (checked below like 闯进).
  '翻进',
  // Violence threatened or barely held off (冲上来要打我，被保安拦住了; 差点动手), a door pushed at night, a card that opens a neighbour's room.
  ...listed('冲上来要打|冲过来要打|冲上来就要打|要跟我动手|要和我动手|差点动手|差点打起来|挥拳|要揍我|想揍我'),
  // Someone pushing in at the door or insisting on coming in (还想往里挤, 骑手硬要进屋), the handle tried (拧我房间门把手); not a crowd (大家都往里挤).
  ...listed('想往里挤|硬往里挤|往屋里挤|往房间里挤|往屋里闯|往房间里闯|硬要进屋|硬要进门|硬要进来|非要进屋|非要进来|强行进屋|强行进门|拧我房间门把'),
  ...listed('推我房门|推我的门|推我的房门|推我们的门|推我们房门|推我们的房门|推我房间的门|有人推门|有人在推门|有人一直推门|一直推门'),
  ...listed('刷开隔壁|开隔壁的门|开隔壁房|开了隔壁|能开别人|刷开别人'),
  // The guest's identity used by someone else after the stay (checked below).
  ...IDENTITY_USED,
  ...['陌生人', '陌生男人', '陌生男子', '陌生男的'].flatMap((who) => ['来敲门', '一直敲门', '在敲门', '敲我的门', '敲我们的门', '敲我房门', '跟着我'].map((did) => `${who}${did}`)),
  // A man knocking on the guest's door, told without 陌生 (半夜有个男的一直敲我门); a friend coming to knock names no man.
  ...['男的', '男人', '陌生人'].flatMap((who) => ['一直敲我门', '一直敲我的门', '敲我门', '在敲我门'].map((did) => `${who}${did}`)), '一直敲我门', '一直敲我的门', '一直敲我房门',
  '开我房门', '开了我房门', '开我的房门', '刷卡开',
  // The door opened on the guest from outside, or held only by its chain ("门被打开了 幸好挂了防盗链"); advice to use the chain is none.
  ...listed('门被打开了|门被人打开|门被刷开|房门被打开|防盗链挡住|被防盗链挡|幸好挂了防盗链|幸亏挂了防盗链|还好挂了防盗链|幸好有防盗链|幸亏有防盗链|还好有防盗链'),
  // The room named between the card and the door ("凌晨三点有人刷我房间的门，门都打开了一条缝"), or a party's door ("有人拿房卡刷开了我们的房门").
  ...['刷', '刷了', '刷开', '刷开了'].flatMap((card) => ['我房间的门', '我们房间的门', '我房间门', '我的房间门', '我住的房间', '我们的房门', '我们房门'].map((door) => `${card}${door}`)), '刷开了我的房门', '刷开我的房门', '刷开了房门', '被陌生人刷开', '一直在敲我的门', '一直敲门', '醉汉', '喝醉的男', '块现金',
  // A forced lock, goods swapped, a door opened from outside, a peeping worker, cash gone, a worker pestering the guest on WeChat.
  ...listed('被撬|撬门|撬锁|撬开|被掉包|被别人刷开|被人刷开|从外面刷开|现金没了|偷窥|偷看女|偷看我|钱不见了|钱包里的钱少了|包里的钱少了|现金少了|发微信骚扰|微信骚扰我|给我发骚扰'),
  // Fraud with the customer's data: someone posing as the business, a scam call that knows the booking.
  ...listed('冒充你们|冒充客服|冒充酒店|冒充商家|冒充平台|诈骗电话|诈骗短信'),
  // A card used by someone else after it was handed over ("信用卡被人刷了两千"); a deposit charged twice is billing ("卡被刷了两次押金").
  '盗刷', '卡被人刷', '卡被别人刷', '卡被盗',
  // Violence: a worker or guest who hit or shoved the customer.
  ...listed('殴打|打伤|动手打|推搡|动手推|推了我一把|推了我一下|把我推倒|对我动手|踢了我一脚|扇了我|打了我一巴掌|拳打脚踢'),
  // Someone in the guest's room or things unasked: 未经允许进我房间, 行李被人翻过.
  ...listed('行李箱被人打开|行李被人打开|箱子被人打开|行李箱被人动过|行李被人动过|箱子被人动过|踹门|踹我的门|踹我们的门|踹房门|踹我房门|踹我们房门|砸我的门|砸我们的门|一直砸门'),
  '进了我的房间', '进了我们的房间', '进了我房间', '进了我们房间',
  // A car broken into at the hotel's car park, a bag taken (a bare 包 is as often a bun, so only with 被拿走).
  ...listed('车窗被砸|车窗被人砸|车玻璃被砸|车被砸|车被撬|包被拿走|包被人拿走'),
  ...listed('未经允许进|未经允许就进|未经同意进|未经同意就进|擅自进入|擅自进我|擅自进了|翻了我的行李|翻过我的行李|翻我的行李|行李被翻|包被翻|箱子被翻|东西被翻|被人翻过|被人翻了'),
  // Gone, of something the guest owns (checked below): "空调遥控器不见了" is a missing amenity, "订单不见了" a glitch.
  ...BELONGINGS_GONE,
  GONE_RIGHT_AFTER,
  GONE_AT_CLAUSE_END,
  ...GONE_ON_RETURN,
  // Someone looking in at the room's window at night (窗户外面有人往里看).
  ...listed('有人往里看|有人往里面看|有人往房间里看|有人往屋里看|有人趴在窗户|有人趴窗户'),
  // A man hanging about the guest's door at night (晚上有男的一直在我门口转悠).
  ...listed('在我门口转悠|在我房门口转悠|在我们门口转悠|在我门口徘徊|在我房门口徘徊|在门口转悠了|一直在门口转悠|一直在门口徘徊'),
  ...listed('stolen|theft|was robbed|went missing|gone missing|went through my bag|went through my things|went through my stuff'),
  // Belongings taken by someone: "took my handbag off the back of my chair" (the customer's own taking is told with I).
  ...listed('someone took my|somebody took my|took my handbag|took my purse|took my wallet|snatched my|pickpocketed'),
  ...listed('missing from my room|missing from the room|missing from the safe|disappeared from my room|disappeared from my bag|disappeared from my backpack|disappeared from my suitcase|disappeared from my wallet|disappeared from the room|disappeared from our room|stole|hidden camera|broke into|got broken into|was broken into|were broken into|been broken into|walked into my room|opened my door|harassed me|followed me'),
  ...listed('someone entered our room|someone entered my room|tried to get into our room|tried to get into my room|filming us|filming me|filmed us|filmed me'),
  ...listed('taken from our room|taken from my room|taken from the room|took the cash|took my cash|threatened to come back|threatened to hurt|threatened to hit|threatened to beat'),
  'assaulted', 'punched me', 'shoved me', 'grabbed me', 'grabbed my arm',
  // The incidents behind "I felt unsafe", as on the Chinese side (拧门把手, 知道你住哪, 一个人住吗): a stranger trying the door, a worker
  // who knows where she lives. Asked whether she is single, and no more, is harassment the corpus does not label urgent.
  ...listed('tried the handle|tried the door handle|tried our door handle|tried my door handle|rattled the handle|rattling the handle|tried to open our door|tried to open my door'),
  'knows where i live', 'know where i live', 'if i live alone', 'if i lived alone', 'if i was alone',
  // Food tampered with on the way.
  'spat on my food', 'spat in my food', 'spit in my food', 'tampered with my food', 'tampered with the food',
  "didn't authorise", "didn't authorize", 'did not authorise', 'did not authorize', 'logged into my account',
  'walked into our room',
  // A man letting himself in with a key ("On the last night he used a key and opened the door"); housekeeping opening by mistake is not.
  'used a key and opened', 'used his key to open', 'let himself in', 'let himself into', 'let themselves into my room',
  // A stranger let into the room or told where it is: the desk's key or the room number given away, and who was found inside.
  ...listed('stranger in my room|stranger in our room|man in my room|found him in my room|found someone in my room|found someone in our room'),
  ...listed('gave my room key to|gave our room key to|gave my key to a|gave a key to a stranger|let a stranger into|let him into my room|let someone into my room'),
  'gave my room number to', 'gave out my room number', 'gave our room number to',
  // Fraud on the customer's account as bank and telecom customers tell it (checked below: only in a complaint).
  ...FRAUD_ON_ACCOUNT,
];

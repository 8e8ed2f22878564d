/** Those who serve a stay or a meal: the desk, the owner, waiters, porters, the manager, cleaners, cooks, the cashier. */
export const HOUSE_STAFF = '前台|总台|老板|店家|商家|服务员|服务生|门童|行李员|礼宾|保安|经理|大堂|管家|房东|店员|工作人员|客服|师傅|阿姨|小姐姐|小二|收银|保洁|领位|厨师|小妹|店长|小姑娘|大爷|大妈';
/** Who brings a takeaway. */
export const COURIER = '骑手|小哥';

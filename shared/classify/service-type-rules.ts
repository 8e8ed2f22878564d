import { typesForAccessOpen } from './access-open.ts';
import { typesForAcceptedLate } from './accepted-late.ts';
import { typesForAccountTaken, typesForFraudWarningNotPrivacy } from './account-taken.ts';
import { typesForApologyWithheld } from './apology-withheld.ts';
import { typesForAppFault } from './app-fault.ts';
import { typesForArrivedEarly } from './arrived-early.ts';
import { misleadingPhrases, typesForAsPictured } from './as-pictured.ts';
import { typesForBelongingsLost } from './belongings-lost.ts';
import { typesForOrderTaken } from './order-taken.ts';
import { typesForBookingNamed } from './booking-named.ts';
import { typesForBookingNotHonoured } from './booking-not-honoured.ts';
import { typesForAutoRenewed } from './auto-renewed.ts';
import { typesForBreakfastLimited, typesForBreakfastOnlyLukewarm } from './breakfast-limited.ts';
import { typesForBrokenInTransit } from './broken-in-transit.ts';
import { typesForBusinessUnreachable } from './business-unreachable.ts';
import { typesForBusinessPhoneUnanswered } from './business-phone-unanswered.ts';
import { typesForCallToTheDesk } from './call-to-the-desk.ts';
import { typesForAskedAgain } from './asked-again.ts';
import { typesForWarmthSlow } from './warmth-slow.ts';
import { typesForLocationFar } from './location-far.ts';
import { typesForReplySlow } from './reply-slow.ts';
import { typesForCallUnanswered } from './call-unanswered.ts';
import { typesForChargeDemanded, typesForSumDeducted } from './charge-demanded.ts';
import { typesForClaimScoffed } from './claim-scoffed.ts';
import { typesForClaimBelied } from './claim-belied.ts';
import { faultPhrases, type FaultPhrase, typesForConcessionInsideFault } from './concession-inside-fault.ts';
import { foodFaultPhrases, typesForArrivedCold, typesForColdOnArrival, typesForWeatherNotDelivery } from './cold-on-arrival.ts';
import type { ComplaintTypeScore } from './complaint-types.ts';
import { staffMannerPhrases, typesForConcededManner, typesForStaffOnlyTold } from './conceded-manner.ts';
import { typesForCourierAtFault } from './courier-at-fault.ts';
import { typesForCourierManner } from './courier-manner.ts';
import { typesForRatingPestered } from './rating-pestered.ts';
import { typesForSalesCalls } from './sales-calls.ts';
import { typesForSalesClaimBelied } from './sales-claim-belied.ts';
import { typesForCourierAddsCustomer } from './courier-adds-customer.ts';
import { typesForCourierLost } from './courier-lost.ts';
import { typesForCourierUnreachable, typesForCourierUnreachableNotTheBusiness } from './courier-unreachable.ts';
import { typesForCrushedOnTheWay } from './crushed-on-the-way.ts';
import { premisesPhrases, typesForCourierNoBusinessPlace } from './customers-building.ts';
import { typesForDataHarvested } from './data-harvested.ts';
import { typesForDeliveryTookLong } from './delivery-took-long.ts';
import { typesForDeliverySaidSlow } from './delivery-said-slow.ts';
import { typesForDepositLate, typesForDepositPrompt } from './deposit-late.ts';
import { typesWithoutChargeWaived } from './charge-waived.ts';
import { typesForDeskSlow } from './desk-slow.ts';
import { typesForFacilitySaidPoor } from './facility-said-poor.ts';
import { typesForFacilityWait } from './facility-wait.ts';
import { typesForFaultNowMended } from './fault-now-mended.ts';
import { typesForFearBelied } from './fear-belied.ts';
import { typesForFittingShunned } from './fitting-shunned.ts';
import { typesForFlavourMissing } from './flavour-missing.ts';
import { typesForFlavourAllowed, typesForFlavourOverdone } from './flavour-overdone.ts';
import { typesForFoodOvercooked } from './food-overcooked.ts';
import { typesForFoodUnhygienic, typesForFoodUnhygienicNotPremises } from './food-unhygienic.ts';
import { typesForFoodSaidInedible } from './food-said-inedible.ts';
import { typesForFoodItemScant, typesForScantNotMissing } from './food-item-scant.ts';
import { typesForGivenWrong } from './given-wrong.ts';
import { typesForServedWrong } from './served-wrong.ts';
import { typesForGuestsHurried } from './guests-hurried.ts';
import { typesForInternetFault, typesForLineFault, typesForStayInternetNotAnOrder, typesForStayInternetNotTheApp, typesForStayInternetNotTheGoods } from './internet-fault.ts';
import { typesForItemSwapped, typesForItemSwappedNamed } from './item-swapped.ts';
import { typesForIronicAspect } from './ironic-aspect.ts';
import { typesForGoodsShortOrWrong } from './goods-short-or-wrong.ts';
import { typesForItemNotSent } from './item-not-sent.ts';
import { typesForLeftOutButPutIn } from './left-out-but-put-in.ts';
import { ROOM_SURFACES, typesForLeftoverDirt } from './leftover-dirt.ts';
import { LINEN, typesForLinenFaulted } from './linen-faulted.ts';
import { typesForLocationSaidRemote } from './location-said-remote.ts';
import { typesForHairDryerNotAnOrder } from './hair-dryer-not-an-order.ts';
import { typesForLossNotAnOrderError } from './loss-not-an-order-error.ts';
import { typesForMannerNotFaulted } from './manner-not-faulted.ts';
import { typesForMarkedDelivered } from './marked-delivered.ts';
import { typesForMarkedDeliveredNotTheApp } from './marked-delivered-not-the-app.ts';
import { orderAccuracyPhrases, typesForNextTimeWish } from './next-time-wish.ts';
import { typesForMisleadingUnclaimed } from './misleading-unclaimed.ts';
import { typesForSpeedMocked } from './mocked-praise.ts';
import { typesForMostlyFiller } from './mostly-filler.ts';
import { NEIGHBOURS, typesForNeighboursAllNight } from './neighbours-all-night.ts';
import { typesForNoiseSaidLoud, typesForPesteringNotNoise } from './noise-said-loud.ts';
import { typesForNothingDelivered, typesForStayNothingCarried } from './nothing-delivered.ts';
import { typesForCountedShortNotPortion } from './counted-missing.ts';
import { typesForRequestKept } from './request-kept.ts';
import { typesForOrderGivenAway, typesForOrderGivenAwayNotPrivacy } from './order-given-away.ts';
import { typesForPackingCareless } from './packing-careless.ts';
import { typesForPortionSlang } from './portion-slang.ts';
import { typesForPortionShrunkNotOrder, typesForPortionSmall } from './portion-small.ts';
import { typesForPremisesNotGoods } from './premises-not-goods.ts';
import { typesForRemedyAsked } from './remedy-asked.ts';
import { typesForPremisesOnlyLukewarm } from './premises-lukewarm.ts';
import { typesForPremisesFaulted } from './premises-faulted.ts';
import { typesForPremisesOfAStay } from './premises-of-a-stay.ts';
import { typesForPremisesSmall } from './premises-small.ts';
import { typesForRefundGiven } from './refund-given.ts';
import { typesForRefundNotDelivery, typesForRefundWaitedOn } from './refund-waited-on.ts';
import { typesForRemarkHonoured } from './remark-honoured.ts';
import { typesForComplaintUnhandledNotSlow, typesForRemedyWithheld, typesForRoomChangeNotAfterSales, typesForRoomChangeNotOrderError } from './remedy-withheld.ts';
import { typesForFalseScanNotMisleading, typesForPrepaidFled } from './prepaid-fled.ts';
import { typesForPremadeFood } from './premade-food.ts';
import { typesForPestsInRoom } from './pests-in-room.ts';
import { typesForPriceBuysBetter } from './price-buys-better.ts';
import { typesForPriceMocked } from './price-mocked.ts';
import { typesForPriceOnlyTold } from './price-only-told.ts';
import { typesForPriceForLittle } from './price-for-little.ts';
import { typesForPriceRaised } from './price-raised.ts';
import { typesForPriceStayQuip } from './price-stay-quip.ts';
import { typesForPriceTasteQuip } from './price-taste-quip.ts';
import { typesForPromiseBroken } from './promise-broken.ts';
import { typesForCounterWait, typesForCounterWaitNotDelivery } from './counter-wait.ts';
import { typesForCouponRefused } from './coupon-refused.ts';
import { typesForPromisedMinutes } from './promised-minutes.ts';
import { typesForPromisedSoon } from './promised-soon.ts';
import { slowResponsePhrases, typesForQueueWait, typesForStaffWaitedForGuest } from './queue-wait.ts';
import { typesWithoutResponsePraised } from './response-praised.ts';
import { typesForInvoiceFault, typesForReceiptNotGiven } from './receipt-not-given.ts';
import { concerns, RuleKeys } from './rule-keys.ts';
import { typesForRepairFailed } from './repair-failed.ts';
import { typesForRepairLeft } from './repair-left.ts';
import { typesForRequestWaitedOn } from './request-waited-on.ts';
import { typesForRoomCardFailing } from './room-card-failing.ts';
import { ROOM_FIXTURES, typesForRoomFixtureBroken } from './room-fixture-broken.ts';
import { typesForWiringHazard } from './wiring-hazard.ts';
import { typesForDeclinedAspect } from './declined-aspect.ts';
import { typesForDoorNotSecure } from './door-not-secure.ts';
import { typesForRoomFaultAfterPraise } from './room-fault-after-praise.ts';
import { typesForRoomPhoneBroken } from './room-phone-broken.ts';
import { typesForMassageThingNotPrivacy, typesForRoomSolicitation } from './room-solicitation.ts';
import { typesForRoomServiceFoodCooled, typesForRoomServiceNotDelivery, typesForRoomServiceWaited } from './room-service.ts';
import { typesForSentToWrongPlace, typesForWrongPlaceNotAnOrderError } from './sent-to-wrong-place.ts';
import { typesForShortOfPicture } from './short-of-picture.ts';
import { typesForSmellInHair, typesForSmellInHairNotFood } from './smell-in-hair.ts';
import { typesForSourFaceNotFood, typesForStaffSourFace } from './staff-sour-face.ts';
import { typesForStaffPushy } from './staff-pushy.ts';
import { typesForStaffUnprofessional } from './staff-unprofessional.ts';
import { typesForStaffUnhelpful } from './staff-unhelpful.ts';
import { typesForStaffRetort } from './staff-retort.ts';
import { typesForStaffRudeAct } from './staff-rude-act.ts';
import { typesWithoutPiecesAsPrice } from './pieces-counted.ts';
import { typesForRatingSaidFaked } from './rating-said-faked.ts';
import { typesForStarRatingBelied } from './star-rating-belied.ts';
import { typesForNoTripAtTable, typesForServedCold } from './served-at-table.ts';
import { typesForSlowPreparation } from './slow-preparation.ts';
import { typesForHoursWaitedBare, typesForTakeawayWaitBare } from './takeaway-wait-bare.ts';
import { typesForWaitedThenCold } from './waited-then-cold.ts';
import { typesForSoggyOnTheWay } from './soggy-on-the-way.ts';
import { typesForItemAskedAfter } from './item-asked-after.ts';
import { typesForOrderOnlyNamed } from './order-only-named.ts';
import { typesForLevelNotAsAsked } from './level-not-as-asked.ts';
import { typesForSpilledOnTheWay, typesForSpillNotAnOrderError } from './spilled-on-the-way.ts';
import { typesForTasteSaidPoor } from './taste-said-poor.ts';
import type { Taxonomy } from './taxonomy.ts';
import { typesForValueJudgedPoor, typesWithoutBargainTold, typesWithoutPricePraised } from './value-judged-poor.ts';
import { typesForVerdictOnly } from './verdict-only.ts';
import { typesForWaitSaidInSlang } from './wait-said-in-slang.ts';
import { typesForWorthItsPrice } from './worth-its-price.ts';
import { typesForWorseThanBefore } from './worse-than-before.ts';
import { typesForWorseThanDineIn } from './worse-than-dine-in.ts';
import { typesForWorseThanElsewhere } from './worse-than-elsewhere.ts';

/** What the rules read of one Chinese message besides its types. */
export interface ServiceMessage {
  text: string;
  negative: boolean;
  /** A lukewarm remark, or a question that is no complaint: rules that name a problem from its words stay quiet. */
  statesNoProblem: boolean;
}

interface PhraseSets {
  taxonomyTypes: readonly string[];
  slow: readonly string[];
  misleading: readonly string[];
  premises: readonly string[];
  order: readonly string[];
  food: readonly string[];
  manner: readonly string[];
  faults: readonly FaultPhrase[];
}

/** A rule applied after the type model: it only adds types, or only drops them, and says so when it does. */
interface TypeRule {
  apply(types: ComplaintTypeScore[], message: ServiceMessage, phrases: PhraseSets): ComplaintTypeScore[];
  adds?: true;
  says: string;
  /**
   * Words, `|`-separated, at least one of which the rule's patterns cannot match without (RuleKeys):
   * a message holding none is passed over unread. A rule without keys reads every message.
   */
  keys?: string;
}

/** In order: each reads the types the one before it left. */
export const RULES: readonly TypeRule[] = [
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForValueJudgedPoor(types, m.text, p.taxonomyTypes)), adds: true, says: 'the value or the price judged poor with a degree word inside (性价比很低, 价位偏高): price_billing', keys: '性价比|cp|价格|价钱|价位|房价|收费|定价|菜价|售价|单价' },
  { apply: (types, m) => typesWithoutBargainTold(types, m.text), says: 'a bargain told, no price fault (比门市便宜一百多, 携程订才两百八, 很划算): no price_billing', keys: '便宜|低|省|才|只要|只需|划算' },
  { apply: (types, m) => typesWithoutPricePraised(types, m.text), says: 'the price or the value judged good, no other word of what was paid (价格不高, 性价比很高): no price_billing', keys: '性价比|cp|价格|价钱|价位|房价|收费|定价|菜价|售价|单价' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPriceBuysBetter(types, m.text, p.taxonomyTypes)), adds: true, says: 'the price said to buy a better stay (这个价格在周边能住更好的): price_billing', keys: '价|钱' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPriceRaised(types, m.text, p.taxonomyTypes)), adds: true, says: 'a price said raised, or a thing once free now charged (房价翻了一倍, 坐地起价, 又涨价了, 酸梅汤现在要收费了): price_billing', keys: '价|倍|收费|收钱|付费|要钱|钱了' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPriceMocked(types, m.text, p.taxonomyTypes)), adds: true, says: 'the price mocked as robbery, shameless, or the customer as its dupe, or called dear in slang, or the sum met with 就这, or the customer priced out (宰人, 抢钱, 也敢收, 冤大头, 智商税, 死贵, 四十块钱就这？, 吃不起): price_billing', keys: '抢钱|宰|冤大头|智商税|割韭菜|敢收|好意思|贵|就这|不起|亏' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPriceForLittle(types, m.text, p.taxonomyTypes)), adds: true, says: 'so little sold for a sum, or a sum added to a scant portion (这点东西卖35, 这么点菜要三十多, 鱼片少的可怜 还要48, 二十几块吃不饱): price_billing', keys: '这点|这么点|这一点|这几|这么一点|还要|还收|还卖|居然要|居然收|居然卖|竟然要|竟然收|竟然卖|吃不饱|？|?' },
  { apply: (types, m) => typesWithoutPiecesAsPrice(types, m.text), says: 'pieces of a dish counted with 块 and no sum or word of money (一份饭三块肉, 鸡肉没几块): no price_billing', keys: '块' },
  { apply: (types, m) => typesForWorthItsPrice(types, m.text), says: 'price conceded as worth it (贵但值得): no price_billing', keys: '贵|便宜|价' },
  { apply: (types, m) => (m.negative ? types : typesForOrderOnlyNamed(types, m.text)), says: 'what was ordered told in a review not negative, nothing said to have come otherwise (我点的是肉饼汤，汤很清但是很鲜): no order_accuracy', keys: '点的' },
  { apply: (types, m, p) => (m.negative ? types : typesForQueueWait(types, m.text, p.slow)), says: 'the only wait is a queue at a busy place, not complained of (排队, 等位, 等了半小时才有位): no responsiveness', keys: '排|位|号|號|座|桌|轮' },
  { apply: (types, m, p) => (m.negative ? types : typesForStaffWaitedForGuest(types, m.text, p.slow)), says: 'staff waiting up for the guest (前台一直等着，还给准备了一碗面): no responsiveness', keys: '等' },
  { apply: (types, m, p) => (m.negative ? types : typesWithoutResponsePraised(types, m.text, p.slow)), says: "the business's handling said quick, no wait told (办入住退房都挺麻利的, 有问题五分钟内回复): no responsiveness", keys: '麻利|利索|效率|高效|秒|快|及时|分钟|马上|立马|立刻|当场|第二天就|没等多久|不用等' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLocationFar(types, m.text, p.taxonomyTypes)), adds: true, says: 'the place said far with a word of degree (离市中心远了点, 离地铁有点远): environment', keys: '离' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWarmthSlow(types, m.text, p.taxonomyTypes)), adds: true, says: 'the hot water or the heating slow to warm, told by how long it ran (热水要放五分钟才热, 暖气开了两个小时还是冷): environment', keys: '热水|洗澡水|淋浴|花洒|水龙头|暖气|空调' },
  { apply: (types, m, p) => typesForFacilityWait(types, m.text, p.slow), says: 'the only wait is for the hot water, the lift or a taxi (热水等了十分钟才出来): no responsiveness', keys: '热水|熱水|电梯|電梯|打车|打車|出租|计程|計程|的士|网约|網約' },
  { apply: (types, m, p) => typesForMannerNotFaulted(types, m.text, p.manner), says: 'guests shouting over the din or staff too few to come (说话都得靠吼, 服务员忙不过来), no manner faulted: no service_attitude', keys: '吼|喊|忙不过来|少|不够' },
  { apply: (types, m, p) => typesForConcededManner(types, m.text, p.manner), says: "the staff's manner granted with a concession or called ordinary (前台态度还算客气, 态度正常): no service_attitude", keys: '还|還|倒|态度|態度|服务|服務' },
  { apply: (types, m) => (m.negative ? types : typesForPremisesOnlyLukewarm(types, m.text)), says: 'a part of the premises only called lukewarm, or praised in words the model knew from faults, in a review not negative (隔音也还行, 热水很足, 隔音很好, 网速很快): no environment', keys: '一般|还行|凑合|还可以|马马虎虎|中规中矩|过得去|热水|水压|水流|隔音|噪音|网速|网络|wifi|WiFi' },
  { apply: (types, m, p) => typesForAsPictured(types, m.text, p.misleading), says: 'the goods or place said to match their picture, description or what others said (和图片一样, 跟网上说的一样): no misleading_promise', keys: '图|照|描述|宣传|介绍|色差|名副其实|名不虚传|实至名归|不负盛名|网上|评论|评价|大家|别人|朋友|网友' },
  { apply: (types, m, p) => typesForMisleadingUnclaimed(types, m.text, p.misleading), says: 'a fault with no claim, picture, rating or promise named (地毯很脏): no misleading_promise', keys: '酒店|宾馆|民宿|客栈|房间|客房|房价|房费|泳池|地毯|浴缸|卫生间|浴室|走廊|大堂|前台|店里|店面|环境' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForShortOfPicture(types, m.text, p.taxonomyTypes)), adds: true, says: 'the thing said to fall short of its picture or description (没有图片上那么好): misleading_promise', keys: '图|照|描述|宣传|介绍|广告' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPromiseBroken(types, m.text, p.taxonomyTypes)), adds: true, says: 'a promise not kept (说好的买一送一，只送了一杯; 说好的冰镇呢): misleading_promise; the free thing charged after all (说好含停车 又说要交五十): price_billing too', keys: '说好' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSalesClaimBelied(types, m.text, p.taxonomyTypes)), adds: true, says: 'what the seller said at the sale, then belied (办卡的时候说不满意随时退，真要退了就各种理由推脱): misleading_promise', keys: '时候说|时候承诺|时候保证|时候讲|时候销售|时候业务员|时候营业员|时候客服|时候老板|时候店员|时说|时承诺|时保证|时讲|时销售|时业务员|时营业员|时客服|时老板|时店员' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCouponRefused(types, m.text, p.taxonomyTypes)), adds: true, says: 'a group-buy deal or voucher refused at the shop (团购的券到店说不能用, 代金券不给核销): misleading_promise', keys: '团购|券|套餐' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForClaimBelied(types, m.text, p.taxonomyTypes)), adds: true, says: 'a claim belied by what came, or the listing said to have plainly written otherwise (说是现炒的，吃着就是料理包; 招牌写的是秘制酱香大骨 结果就是清水煮的; 携程上明明写的免押金): misleading_promise', keys: '说是|号称|宣传说|写着|标着|写的|标的|说好是|明明写|明明标|店名叫|招牌写|菜单上写|主打|商品名|菜名叫|名字叫|图里|图上|图片' },
  { apply: (types, m, p) => typesForRatingSaidFaked(types, m.text, p.taxonomyTypes), adds: true, says: 'a listing\'s rating said faked (4.8分是怎么刷出来的, 好评都是刷的吧): misleading_promise', keys: '刷|水军' },
  { apply: (types, m, p) => typesForClaimScoffed(types, m.text, p.taxonomyTypes), adds: true, says: 'what the listing or the menu claimed, asked back in scorn (这也叫大床房？, 这也能叫海景？): misleading_promise', keys: '这也|这都' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForStarRatingBelied(types, m.text, p.taxonomyTypes)), adds: true, says: 'a star rating said undeserved (号称五星，还不如快捷酒店, 不像四星): misleading_promise', keys: '星' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSoggyOnTheWay(types, m.text, p.taxonomyTypes)), adds: true, says: 'noodles gone soggy on the way (送到面都坨了): delivery', keys: '坨|泡|发胀|糊' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSpilledOnTheWay(types, m.text, p.taxonomyTypes)), adds: true, says: 'the order spilled or leaking when it came (汤洒了一半, 没封口全洒了): delivery', keys: '洒|撒|漏|翻了' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCrushedOnTheWay(types, m.text, p.taxonomyTypes)), adds: true, says: 'the order crushed, toppled or jumbled when it came (压得稀巴烂, 蛋糕都塌了, 饭菜混在一起了): delivery', keys: '压|挤|颠|塌|歪|变形|倒|混在|混成|搅在' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForBrokenInTransit(types, m.text, p.taxonomyTypes)), adds: true, says: "goods broken on a carrier's way (寄的杯子到了碎成渣, 托运的行李箱裂了个口子): delivery", keys: '碎|摔|破损|裂|磕|轮子|丢' },
  { apply: (types, m, p) => typesForSpillNotAnOrderError(types, m.text, p.order), says: 'a spill is no wrong or missing item (一杯没封口，洒了一袋子): no order_accuracy', keys: '洒|撒|漏|翻了' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSentToWrongPlace(types, m.text, p.taxonomyTypes)), adds: true, says: 'the order taken to the wrong place (送错楼了, 送到隔壁楼): delivery', keys: '送错|放错|投错|送到|送去|放到|放去' },
  { apply: (types, m, p) => typesForWrongPlaceNotAnOrderError(types, m.text, p.order), says: 'a wrong place is no wrong or missing item (送错单元了): no order_accuracy', keys: '送错|放错|投错|送到|送去|放到|放去' },
  { apply: (types, m, p) => typesForPackingCareless(types, m.text, p.manner), says: "careless packing (包装太敷衍), not a staff member's manner: no service_attitude", keys: '包装|打包' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForStaffSourFace(types, m.text, p.taxonomyTypes)), adds: true, says: "a staff member's sour face or snapping at the guest (老板娘脸好臭, 服务员脸拉得老长, 被前台怼了一顿): service_attitude", keys: '脸|怼' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForGuestsHurried(types, m.text, p.taxonomyTypes)), adds: true, says: 'the staff hurrying the guests off their table (感觉在赶人, 催我们快点吃, 说要翻台了): service_attitude', keys: '赶|撵|催|让我们|收台|翻台' },
  { apply: (types, m, p) => typesForSourFaceNotFood(types, m.text, p.food), says: "the 臭 of a staff member's face, not of the food (老板娘脸太臭了): no product_quality", keys: '脸' },
  { apply: (types, m, p) => typesForSmellInHairNotFood(types, m.text, p.food), says: "the place's smell carried out in the guest's hair (吃完头发衣服全是火锅味), no hair in the food: no product_quality", keys: '头发' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSmellInHair(types, m.text, p.taxonomyTypes)), adds: true, says: "the place's smoke clinging to the guest's hair (头发衣服全是火锅味): environment", keys: '头发' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForApologyWithheld(types, m.text, p.taxonomyTypes)), adds: true, says: 'an apology withheld (洒了还不道歉, 也没道歉, 连句对不起都没有): service_attitude', keys: '歉|对不' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCourierAddsCustomer(types, m.text, m.negative, p.taxonomyTypes)), adds: true, says: 'the courier adding the customer on WeChat (外卖员送完之后一直加我微信): privacy_security', keys: '加我|加了我' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSalesCalls(types, m.text, p.taxonomyTypes)), adds: true, says: 'unsolicited sales calls or marketing texts (天天打电话推销套餐, 营销短信退订了也没用): privacy_security', keys: '电话|短信|来电|退订|被卖|被倒|被泄' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRatingPestered(types, m.text, p.taxonomyTypes)), adds: true, says: 'calls made again and again about a rating (一天打了三个电话让我改好评): privacy_security', keys: '好评|五星|评价|改评|删评|差评|中评|返现' },
  { apply: (types, m, p) => typesForCourierManner(types, m.text, p.taxonomyTypes), adds: true, says: "the courier's manner faulted (送餐小哥态度恶劣): delivery as well", keys: '骑手|小哥|送餐|外卖|外送|配送员' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDeliverySaidSlow(types, m.text, p.taxonomyTypes)), adds: true, says: 'the trip said slow (送餐太慢, 送的好慢, 送餐时间太长, 又超时了): delivery', keys: '慢|久|长|超时' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDeliveryTookLong(types, m.text, p.taxonomyTypes)), adds: true, says: 'the order told to have taken long to come (一个小时才送来, 外卖迟了四十分钟, 下单第四天才收到, 12:05下单 实际13:25): delivery', keys: '小时|钟|天才|点才|半才|多才|:|：' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForAcceptedLate(types, m.text, p.taxonomyTypes)), adds: true, says: 'the shop slow to accept or start the order (商家1点才接单, 十二点半才开始做): responsiveness', keys: '才接单|才出餐|才开始做' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPromisedMinutes(types, m.text, p.taxonomyTypes)), adds: true, says: 'a wait told by the minutes promised and the minutes it took (预计20分钟送达，实际55分钟): delivery for the trip, responsiveness at a stay or in the kitchen', keys: '预计|预估|说|承诺|答应|保证|写|显示|标|号称' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWaitSaidInSlang(types, m.text, p.taxonomyTypes)), adds: true, says: 'the wait for the order said in a figure (等到花儿都谢了, 午饭变晚饭, 送了这么久): delivery', keys: '谢了|饭变|饭成|餐变|餐成|饭吃|久|才到|才送|预计' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSpeedMocked(types, m.text, p.taxonomyTypes)), adds: true, says: 'speed mocked: quick against a wait of an hour or more (送得真快啊 等了两个小时), or moving (上菜速度感人): delivery for the trip, responsiveness for the kitchen or the desk', keys: '真快|好快|太快|超快|神速|快得|感人' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCourierUnreachable(types, m.text, p.taxonomyTypes)), adds: true, says: 'the courier out of reach (骑手电话打不通, 联系不上骑手): delivery', keys: '骑手|小哥|送餐|外卖|外送|配送员' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCourierLost(types, m.text, p.taxonomyTypes)), adds: true, says: 'the courier unable to find the place (送餐员找不到我们小区): delivery', keys: '找不到|找不着|没找到|不认识' },
  { apply: (types, m) => typesForCourierUnreachableNotTheBusiness(types, m.text), says: "the courier's phone or calls, not the business's (骑手电话打不通, 骑手找不到路 打了三个电话): no responsiveness", keys: '骑手|小哥|送餐|外卖|外送|配送员' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCourierAtFault(types, m.text, m.negative, p.taxonomyTypes)), adds: true, says: 'a negative message whose only actor is the courier (外卖小哥找不到地方): delivery', keys: '骑手|小哥|送餐|外卖|外送|配送员' },
  { apply: (types, m) => typesForArrivedEarly(types, m.text, m.negative), says: 'the order come before its time, not negative (还没到预计时间就送到了): no delivery', keys: '没到|不到' },
  { apply: (types, m) => typesForNothingDelivered(types, m.text), says: 'served in person or the premises slow, nothing delivered (前台, 服务员, 电梯有点慢; no 外卖, 快递): no delivery', keys: '前台|入住|退房|酒店|宾馆|客房|房间|服务员|上菜|到店|店里|餐厅|饭店|堂食|包间|大堂|电梯|热水|收银|取餐|叫号|拿号|取号|快餐店|营业厅|网点|柜台|挂号|装机|师傅' },
  { apply: (types, m) => typesForRoomServiceNotDelivery(types, m.text), says: "a hotel's own room service, no outside carrier (叫了客房送餐等了一个小时): no delivery", keys: '客房|送餐|房间|room' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomServiceWaited(types, m.text, p.taxonomyTypes)), adds: true, says: 'room service slow to come (在房间点的餐送了一个多小时才到): responsiveness', keys: '客房|送餐|房间|room' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomServiceFoodCooled(types, m.text, p.taxonomyTypes)), adds: true, says: 'room service food come cold or soggy (送上来面都坨了): product_quality', keys: '客房|送餐|房间|room' },
  { apply: (types, m) => typesForMarkedDelivered(types, m.text), says: 'the order marked delivered (显示已送达): the wait is the delivery, no responsiveness', keys: '送达' },
  { apply: (types, m) => typesForMarkedDeliveredNotTheApp(types, m.text), says: 'the order marked delivered with no app named (订单显示已送达): the courier, no digital_experience', keys: '送达' },
  { apply: (types, m, p) => typesForPromisedSoon(types, m.text, p.order), says: 'the shop or rider promising it comes soon (商家说马上送), then the trip: no responsiveness, no order_accuracy', keys: '马上|立马|立刻|快|一会' },
  { apply: (types, m) => typesForCourierNoBusinessPlace(types, m.text), says: "a courier brings the order and no place of the business is named (电梯坏了爬到十五楼, 我们小区特别难找): no environment", keys: '骑手|配送员|送餐员|外卖员|外送员|外卖|快递|小哥' },
  { apply: (types, m) => typesForPremisesOfAStay(types, m.text), says: 'a stay whose faults are its premises, nothing eaten, slept on or bought (地毯有异味, 水龙头漏水): no product_quality', keys: '酒店|宾馆|旅馆|客栈|民宿|客房|房间|房卡|门卡|前台|入住|退房|卫生间|设施|地毯|浴室|水龙头|马桶|泳池|热水|淋浴|洗澡|隔壁' },
  { apply: (types, m, p) => typesForPremisesSmall(types, m.text, p.food), says: 'only the place said small or its parking scant (店面太小, 桌子太小了, 车位太少): no product_quality', keys: '店面|店里|店铺|门面|桌子|桌面|厕所|洗手间|包厢|包间|停车|车位' },
  { apply: (types, m) => typesForCallToTheDesk(types, m.text), says: "the guest's own call to the desk (半夜打电话给前台), no privacy matter: no privacy_security", keys: '打' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForConcessionInsideFault(types, m.text, p.faults, p.taxonomyTypes)), adds: true, says: 'a problem phrase split by 却 or 倒是 (房间却很小): its type', keys: '却|倒是|反而' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomSolicitation(types, m.text, p.taxonomyTypes)), adds: true, says: 'a call, knock or card at the room offering massage or asking 要不要服务, or unknown callers ringing the room or knocking at night, or someone trying to get in (打电话问要不要按摩, 半夜敲门问要不要服务, 半夜有人一直打电话到房间, 半夜有陌生男人敲门, 醉汉一直拧我房间门把手, 骑手硬要进屋): privacy_security', keys: '按摩|特殊服务|保健服务|要服务|电话|座机|打到|打进|打房|敲门|敲我|敲房门|拍门|砸门|门把|里挤|里闯|硬要|非要|强行|硬是|门口' },
  { apply: (types, m) => typesForMassageThingNotPrivacy(types, m.text), says: 'a massaging thing (按摩椅坏了), no massage offered: no privacy_security', keys: '按摩' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPremisesFaulted(types, m.text, p.taxonomyTypes)), adds: true, says: 'the premises said dirty, cramped, noisy, smelly, too hot or cold, damp, not good, dangerous, or the washroom lacking (洗手间没有纸, 环境脏乱差, 店面又小又挤, 房间有异味, 店里太热, 房间潮得很, 环境不好, 浴室地太滑, 餐具没洗干净, 上一桌的残渣, 座位又硬又挤, 通风太差, 油烟很大): environment', keys: '环境|店面|店里|店内|厕所|洗手间|卫生间|地面|地上|桌子|桌面|大厅|大堂|包间|包厢|餐厅|屋里|房间|客房|异味|霉味|臭味|烟味|怪味|骚味|下水道味|滑|尖|锋利|栏杆|护栏|餐具|碗|盘子|杯子|筷子|勺子|碟子|上一桌|桌椅|椅子|座位|座椅|沙发|过道|位子|桌与桌|通风|排风|抽风|换气|烟|潮|股味' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFacilitySaidPoor(types, m.text, p.taxonomyTypes)), adds: true, says: 'a room or facility said small or aged, or the premises two faults over (泳池小的可怜, 设施陈旧, 又旧又破): environment', keys: '小|又|旧|老|破|脏|比不上|不如' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForIronicAspect(types, m.text, m.negative, p.taxonomyTypes)), adds: true, says: 'an aspect praised in scare quotes names the fault it mocks (送餐速度真“快”: delivery; 最“干净”的酒店: environment)', keys: '"|“|「' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFittingShunned(types, m.text, m.negative, p.taxonomyTypes)), adds: true, says: "a room's fitting too dirty to use (浴缸…根本不敢泡澡, 杯子不敢用): environment", keys: '不敢|没敢' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomFixtureBroken(types, m.text, p.taxonomyTypes)), adds: true, says: "a stay's room fitting said not working (床头灯不亮, 马桶冲不下去, 保险箱打不开), its shower water swinging hot and cold, or a smoke alarm going off for nothing: environment", keys: [...ROOM_FIXTURES, '忽冷', '忽热', '一会冷', '一会热', '一会儿冷', '一会儿热', '时冷', '时热', '响', '误报'].join('|') },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWiringHazard(types, m.text, p.taxonomyTypes)), adds: true, says: 'an electrical or fire hazard at the premises (一插就打火, 漏电, 电线裸露, 烟雾报警器被拆了, 消防通道堆满杂物): environment', keys: '火|电|烟|露|焦|熏黑|通道|出口' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDataHarvested(types, m.text, p.taxonomyTypes)), adds: true, says: "the app reading or taking the customer's data (偷偷读取我的相册, 默认勾选了一堆授权): privacy_security", keys: '读取|获取|收集|调用|偷看|访问|开启|默认勾选|定位|录音' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForAccountTaken(types, m.text, p.taxonomyTypes)), adds: true, says: 'an account used by someone else (账号在异地被登录了, 身份被冒用): privacy_security', keys: '被|异地' },
  { apply: (types, m) => typesForFraudWarningNotPrivacy(types, m.text), says: 'staff warning the customer against fraud (还提醒我注意诈骗), nothing suffered: no privacy_security', keys: '提醒' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForAccessOpen(types, m.text, p.taxonomyTypes)), adds: true, says: 'a building that lets anyone in (随便什么人都能进, 门禁形同虚设): privacy_security', keys: '能进|能上|以进|以上|能出|以出|随便|随意|门禁' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDoorNotSecure(types, m.text, p.taxonomyTypes)), adds: true, says: "a room's door that keeps no one out (反锁也是坏的, 防盗链是坏的, 从外面一推就开): environment and privacy_security", keys: '锁|防盗链|插销|一推就开|关不' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomFaultAfterPraise(types, m.text, p.taxonomyTypes)), adds: true, says: 'a room faulted after praise, its subject not repeated (房间很干净 就是有点小): environment', keys: '房间|客房|屋子' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLeftoverDirt(types, m.text, p.taxonomyTypes)), adds: true, says: "dirt left in a room (浴缸里有别人的头发, 床底下一堆灰, 垃圾桶没倒), or the housekeeping neglected (毛巾也不换, 打扫得很马虎): environment", keys: [...ROOM_SURFACES, '垃圾', '毛巾', '浴巾', '床单', '被套', '打扫', '清洁', '收拾', '保洁', '房间', '客房'].join('|') },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPestsInRoom(types, m.text, p.taxonomyTypes)), says: "vermin in a stay's room or bed (床上发现了虫子, 被臭虫咬了): environment, no product_quality", keys: '虫|跳蚤|蟑螂|老鼠' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForBelongingsLost(types, m.text, p.taxonomyTypes)), adds: true, says: "a guest's things gone from the room or the hotel's keeping (寄存回来少了一个包): privacy_security", keys: '不见|丢|被偷|被盗|偷走|被拿|被人|被翻|少了|找不到|没了' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForOrderTaken(types, m.text, p.taxonomyTypes)), adds: true, says: 'the order taken from where the courier left it (外卖放门口被人拿走了): privacy_security', keys: '被人|被别人|被拿|被偷|被顺' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLocationSaidRemote(types, m.text, p.taxonomyTypes)), adds: true, says: 'the place said remote or badly placed, or its surroundings bare (酒店太偏了, 地段不方便, 周边没什么吃的): environment', keys: '酒店|宾馆|民宿|客栈|地方|位置|地段|周边|周围|附近|离' },
  { apply: (types, m, p) => typesForPesteringNotNoise(types, m.text, p.premises), says: 'someone pestering for a thing, not a noise of the place (小朋友吵着要吃): no environment', keys: '吵着|闹着' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForNoiseSaidLoud(types, m.text, p.taxonomyTypes)), adds: true, says: 'noise from traffic, building work or next door said loud, or the soundproofing poor (车声很大, 隔音很差), guests shouting to be heard (说话都得靠吼), building work heard (楼上装修一直在敲), a din in the corridor or next door (楼道里保洁大声聊天, 推车哐哐响): environment', keys: '声|喇叭|鸣笛|噪|动静|隔音|说话|聊天|讲话|交流|沟通|装修|施工|电钻|电锯|大声|喧哗|吵闹|大喊|哐|咣|咚咚|听得' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForNeighboursAllNight(types, m.text, p.taxonomyTypes)), adds: true, says: 'someone beside the room making a noise at night (隔壁小孩哭了一晚上): environment', keys: NEIGHBOURS.join('|') },
  { apply: (types, m, p) => typesForFearBelied(types, m.text, p.faults), says: 'a premises fault feared or heard of, then belied (本来担心位置偏，结果很方便; 很多人说隔音差，我倒没觉得吵): no environment, nor a promise broken', keys: '担心|害怕|听说|人说|人都说|评论|评价|网上|网友' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForChargeDemanded(types, m.text, p.taxonomyTypes)), adds: true, says: 'a sum demanded of the customer, or a charge on top (要赔一百, 又说要收100, 要收清洁费五十, 还收停车费, 早餐要单独买, 寄存也要收费), or made to pay again (到店又让付一次): price_billing', keys: '赔|收|另|额外|单独|加钱|要钱|多交|多付|多给|自己|付|交' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForAutoRenewed(types, m.text, p.taxonomyTypes)), adds: true, says: "a renewal charged without the customer's leave (自动给我续了一年还扣了钱, 自动续费了也没提醒): price_billing", keys: '自动' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForSumDeducted(types, m.text, p.taxonomyTypes)), adds: true, says: 'a sum taken off the customer, or change given short (直接扣了半天房费, 多扣了我两百, 少找了五块钱): price_billing', keys: '扣|少找|找零' },
  { apply: (types, m, p) => typesForBookingNamed(types, m.text, p.order), says: 'a booking or a takeaway order named with nothing said to differ (订的是大床房，房间很干净; 点的是鸡腿饭 很好吃): no order_accuracy', keys: '订的|点的' },
  { apply: (types, m) => typesForRemarkHonoured(types, m.text), says: 'a remark on the order said followed (备注不要葱，商家很细心，一根都没放): no order_accuracy', keys: '备注' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForBookingNotHonoured(types, m.text, p.taxonomyTypes)), adds: true, says: 'a booked breakfast or room denied at the hotel, or the hotel overbooked (携程显示含早，到店说不含早, 订的房间没了, 超售): order_accuracy', keys: '订|携程|美团|飞猪|去哪|同程|艺龙|平台|app|超售|超卖|给成|给错' },
  { apply: (types, m, p) => typesForReceiptNotGiven(types, m.text, p.order), says: 'a receipt or invoice withheld (没给收据, 发票一直没给) is a billing matter: no order_accuracy', keys: '收据|发票|小票|专票|普票' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForInvoiceFault(types, m.text, p.taxonomyTypes)), adds: true, says: 'an invoice withheld, made out wrong, slow or partial (发票也没给, 抬头写错, 给的是普票, 开发票要等半小时): price_billing', keys: '收据|发票|小票|专票|普票|抬头|税号' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDepositLate(types, m.text, p.taxonomyTypes)), adds: true, says: 'a deposit slow to come back or not back yet (押金半个月才到账, 押金迟迟没退): price_billing', keys: '押金' },
  { apply: (types, m) => typesForDepositPrompt(types, m.text), says: 'a deposit said back at once, nothing else about money (押金当天就到账了): no price_billing', keys: '押金' },
  { apply: (types, m) => typesWithoutChargeWaived(types, m.text), says: 'a charge the business waived, nothing else about money (差价不用补了, 没收手续费): no price_billing', keys: '差价|钱|费|没收|免' },
  { apply: (types, m, p) => typesForNextTimeWish(types, m.text, p.order), says: 'a request for next time (下次备注少放盐) is no order error: no order_accuracy', keys: '下次|下回' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForItemNotSent(types, m.text, p.taxonomyTypes)), adds: true, says: 'an item of the order not sent, forgotten, left out or at the table never brought (米饭也没送, 忘了我们点的饮料, 漏了一杯奶茶, 问了才说漏单了, 吃到最后都没上, 点了三个只来了两个): order_accuracy', keys: '没送|没给|没放|没配|没有送|没有给|没有放|没有配|忘了|忘记|漏|少上|没上|没有上|没来|没有来|少东西|少了东西|筷子|勺子|餐具|吸管|叉子|只来|只送|只到|只给|只收|只上|只拿' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForGoodsShortOrWrong(types, m.text, m.negative, p.taxonomyTypes)), adds: true, says: 'goods sent short or wrong (少了捅针, 说好送内存卡结果没送, 和我买的不一样): order_accuracy', keys: '没送|没给|没有送|没有给|少了|缺|不足|说好|不一样|不是|没看码' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForGivenWrong(types, m.text, p.taxonomyTypes)), adds: true, says: 'an item given or made up wrong (给错了口味, 饮料搞错了): order_accuracy', keys: '给错|弄错|搞错|配错|装错' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForServedWrong(types, m.text, p.taxonomyTypes)), adds: true, says: 'a dish served wrong at the table (把点的红油抄手上成了清汤的, 蛋糕放错桌了, 可乐和雪碧搞混了), or never served (一直没上，最后说没有了): order_accuracy', keys: '错桌|错了桌|上成了|端成了|混了|没上|没有上' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLeftOutButPutIn(types, m.text, p.taxonomyTypes)), adds: true, says: 'an ingredient asked to be left out and put in (不要葱还放了葱, 写了不放香菜，满满一层香菜): order_accuracy', keys: '不要|不放|不加|别放|别加|免辣|免葱|免蒜|免冰|免糖|免香|去冰' },
  { apply: (types, m, p) => typesForItemAskedAfter(types, m.text, p.taxonomyTypes), adds: true, says: 'an item of the order asked after (饮料呢？, 可乐呢, 筷子在哪, 加了个蛋 蛋呢): order_accuracy', keys: '呢|哪' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLevelNotAsAsked(types, m.text, p.taxonomyTypes)), adds: true, says: 'a mild level of spice, sugar or ice asked for and the order come past it (点的微辣 送来辣得流泪, 选的微糖 喝着超甜), a level named then made another (少冰做成了多冰), or the sweet kind come for the savoury (豆腐脑是甜的 我要的咸的): order_accuracy', keys: '辣|糖|冰|热的|热饮|温的|甜|咸的' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRemedyWithheld(types, m.text, p.taxonomyTypes)), adds: true, says: 'money owed the customer not paid, a remedy refused (也不给补), a complaint unhandled, the blame passed on (赔付也没给, 退款还没到账, 投诉了也没人管, 客服甩锅), a dish\'s refund refused (退菜不给退): after_sales', keys: '赔|补|退|红包|投诉|客服|售后|申诉|换货|重做|重新送|换一|说法|保修|质保|价保|概不负责' },
  { apply: (types, m, p) => typesForComplaintUnhandledNotSlow(types, m.text, p.slow), says: 'a complaint left unhandled (投诉了三天没人处理), the only slowness told: no faint responsiveness', keys: '投诉' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPrepaidFled(types, m.text, p.taxonomyTypes)), adds: true, says: 'a gym, school or salon gone with money paid ahead (交了培训费，机构就跑路了): after_sales', keys: '跑路|卷款|卷钱|人去楼空|关门跑' },
  { apply: (types, m) => typesForFalseScanNotMisleading(types, m.text), says: "a courier's false scan (虚假签收), nothing of a claim belied: no misleading_promise", keys: '虚假|假签收' },
  { apply: (types, m) => typesForRoomChangeNotAfterSales(types, m.text), says: "a room change refused (也不给换房) is the stay's, nothing else of money back or a complaint: no after_sales", keys: '换' },
  { apply: (types, m) => typesForRoomChangeNotOrderError(types, m.text), says: "a room change refused (也没给换房) is how the stay's fault was handled, no booking or item told wrong: no order_accuracy", keys: '换' },
  { apply: (types, m, p) => typesForRefundWaitedOn(types, m.text, p.slow), says: 'a refund left waiting (退款申请三天了没人处理) is after_sales, not the business slow to respond: no responsiveness', keys: '退款|退钱|退费' },
  { apply: (types, m) => typesForRefundNotDelivery(types, m.text), says: 'a refund slow to arrive (退款慢死了，申请了四天还没到), nothing of the order on its way named: no delivery', keys: '退款|退钱|退费' },
  { apply: (types, m) => typesForRefundGiven(types, m.text), says: 'a refund given at once (商家马上退款了, 秒退): no after_sales', keys: '马上|立马|立刻|及时|很快|第一时间|主动|秒退|退款|退钱' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForBusinessPhoneUnanswered(types, m.text, p.taxonomyTypes)), adds: true, says: "the business's phone unanswered (打商家电话不接): responsiveness", keys: '电话' },
  { apply: (types, m, p) => (m.negative ? typesForBusinessUnreachable(types, m.text, p.taxonomyTypes) : types), adds: true, says: 'the business out of reach (打电话也没有人接听, 联系不上, 客服没人搭理, 完全没有回应): responsiveness', keys: '接听|联系不上|搭理|理|回应|回复|答复|发不出' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDeskSlow(types, m.text, p.taxonomyTypes)), adds: true, says: 'the desk slow at check-in or check-out, or the table service slow (办手续太慢, 办个入住要四十分钟, 上个菜要半个多小时), or the room given only after a wait (等到四点才给房), or a dish brought once the meal was over (饮料等到吃完饭才上): responsiveness', keys: '办|手续|查房|上菜|上个|上齐|菜上|出菜|加菜|加的|结账|买单|入住|退个房|拿到房卡|退房|才给|才有房|才拿到房|才进房|吃完|吃饱|吃得|上了|才上' },
  { apply: (types, m) => typesForCounterWaitNotDelivery(types, m.text), says: "hours at a clinic's or a bank's counter, nothing brought to the customer (等号等了一个多小时): no delivery", keys: '等了|排了|要排|得排|要等|得等|排队' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCounterWait(types, m.text, p.taxonomyTypes)), adds: true, says: "hours waited at a clinic's or a bank's counter, or a report past its time (挂了号等了三个小时, 体检报告等了半个月还没出来): responsiveness", keys: '等了|排了|要排|得排|要等|得等|报告|化验|结果|约|排队' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRepairFailed(types, m.text, p.taxonomyTypes)), adds: true, says: 'a repair or service that did not hold (手机刚修好又坏了, 车保养完就有异响): product_quality', keys: '修|换完|保养|拿回来|取回来' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForStaffUnprofessional(types, m.text, p.taxonomyTypes)), adds: true, says: 'staff unprofessional on duty (保安上班睡觉, 师傅边干活边抽烟, 护士扎了三针, 拒载): service_attitude', keys: '睡觉|手机|游戏|视频|抽烟|边|全程|针|迟到|拒载' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRepairLeft(types, m.text, p.taxonomyTypes)), adds: true, says: 'a fault left unrepaired (跑步机坏了好几台一直没修, 电梯坏了一个星期没人修): responsiveness', keys: '修|管' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForCallUnanswered(types, m.text, p.taxonomyTypes)), adds: true, says: 'a call for the staff no one answers, or only after several (举手叫了好几次都没人过来, 叫了几次才过来): responsiveness', keys: '没人|没有人|没服务员|没有服务员|才' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForReplySlow(types, m.text, p.taxonomyTypes)), adds: true, says: 'the business slow to reply, told by how long (客服回复要等两天, 隔半天才回): responsiveness', keys: '回|答复' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForAskedAgain(types, m.text, p.taxonomyTypes)), adds: true, says: 'a request made again and again before it was met (问了三遍才给拿毛巾, 一瓶矿泉水要了三回, 打了五个电话才有人接): responsiveness', keys: '遍|次|回|电话' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRequestWaitedOn(types, m.text, p.taxonomyTypes)), adds: true, says: "a guest's request the house was slow to meet (叫个送水等了半天): responsiveness", keys: '酒店|宾馆|旅馆|客栈|民宿|客房|房间|房价|前台|总台|入住|退房|吹风机|熨斗|拖鞋|牙刷|浴巾|被子|枕头|加床|衣架|打扫' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForStaffUnhelpful(types, m.text, p.taxonomyTypes)), adds: true, says: 'staff who will not help (老板也不帮忙), or brush the customer off in their own words (前台说那是你的事, 老板说爱吃不吃, 商家回我“嫌贵别吃”): service_attitude', keys: '帮|事|管|随便|爱|嫌|催|急|只送|只给|差评|关我|投诉|拿' },
  { apply: (types, m, p) => (m.negative ? typesForStaffRetort(types, m.text, p.taxonomyTypes) : types), adds: true, says: 'staff retorting at the customer in their own words (吃不惯别来, 米饭两块钱你也要计较, 你闻错了吧, 自己扒出来): service_attitude', keys: '说|回|喊|嚷|嘀咕|念叨|句|答|怼' },
  { apply: (types, m, p) => (m.negative ? typesForStaffRudeAct(types, m.text, p.taxonomyTypes) : types), adds: true, says: 'staff rude by a gesture or an act (保安手往后一指就走了, 前台还在刷抖音, 往床上一丢就走了, 把菜单甩在桌上, 摔盘子): service_attitude', keys: '指|下巴|白眼|白了|没抬|不抬|不看|正眼|痰|学我|没听见|叹|手机|抖音|视频|球赛|一扔|一丢|一甩|一墩|一杵|一拍|一推|一摔|一砸|一搁|一撂|扔|丢|甩|摔|砸|拍' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForStaffPushy(types, m.text, p.taxonomyTypes)), adds: true, says: 'staff pressing sales on the guest (一直推销酒水, 强行推销办卡): service_attitude', keys: '推销|推荐|办卡|充值|加菜|点酒' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForBreakfastLimited(types, m.text, p.taxonomyTypes)), adds: true, says: "the hotel's breakfast said to offer too little, or gone or not refilled (早餐种类少, 早餐去晚了就没了，也不补): product_quality", keys: '早餐' },
  { apply: (types, m) => typesForBreakfastOnlyLukewarm(types, m.text), says: "the breakfast only called lukewarm or praised for its range (就是早餐一般, 早餐品种挺多的), nothing else of the food or bed: no product_quality", keys: '早餐' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLinenFaulted(types, m.text, p.taxonomyTypes)), adds: true, says: 'the bed or the linen faulted (床单上有污渍, 毛巾旧得发黄, 被褥薄): product_quality', keys: LINEN.join('|') },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForInternetFault(types, m.text, p.taxonomyTypes)), adds: true, says: "the place's internet or a room's reception said to fail or missing (网络太差, wifi密码不对, 房间没有网络): environment", keys: '网|wi|宽带|信号|无线' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomCardFailing(types, m.text, p.taxonomyTypes)), adds: true, says: 'the room card or its lock failing (房卡老是消磁): environment', keys: '房卡|门卡' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForRoomPhoneBroken(types, m.text, p.taxonomyTypes)), adds: true, says: "the room's own phone not working (房间电话打不出去): environment", keys: '电话|座机' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForAppFault(types, m.text, p.taxonomyTypes)), adds: true, says: "an app's screen, code, map pin or ads misbehaving, told in passing (页面加载有点慢, 验证码要等两分钟才收到, 定位有时候不准, 开屏广告关不掉): digital_experience", keys: '页面|网页|界面|app|App|APP|小程序|软件|客户端|验证码|定位|广告|更新|升级|显示|提示|失败|新版' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForLineFault(types, m.text, p.taxonomyTypes)), adds: true, says: "a carrier's line or a device's reception failing, no stay or shop around it (家里宽带三天两头断网, 信号差到离谱，只有一格): product_quality", keys: '网|wi|宽带|信号|无线' },
  { apply: (types, m) => typesForStayInternetNotTheApp(types, m.text), says: "the stay's internet failing is the premises, not the company's app (民宿的网络很差，老掉线): no digital_experience", keys: '网|wi|宽带|信号|无线' },
  { apply: (types, m) => typesForStayInternetNotTheGoods(types, m.text), says: "the stay's internet failing is the premises, not goods (住了三晚，上网速度不行): no product_quality", keys: '网|wi|宽带|信号|无线' },
  { apply: (types, m, p) => typesForStayInternetNotAnOrder(types, m.text, p.order), says: "the stay's internet missing or failing is the premises, no item left out (房间没有wifi，也没有网线): no order_accuracy", keys: '网|wi|宽带|信号|无线' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForItemSwappedNamed(types, m.text, p.taxonomyTypes)), adds: true, says: 'one dish ordered and another of its kind brought, both named (点了牛肉面，来的是肥肠面): order_accuracy', keys: '点' },
  { apply: (types, m, p) => typesForItemSwapped(types, m.text, p.food), says: 'one thing ordered and another brought (点的是牛肉饭，送来的是鸡肉饭), no fault of the food named: order_accuracy, no product_quality', keys: '点的|点了' },
  { apply: (types, m) => typesForPortionShrunkNotOrder(types, m.text), says: 'a portion said to have shrunk (量还变少了), no item told missing: no order_accuracy', keys: '量变|量越|量都|量也变|量还变|量又变|量少了很多|量缩|量明显' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPortionSmall(types, m.text, p.taxonomyTypes)), adds: true, says: 'the portion said small or shrunk, as a further fault or in so many words (分量还少, 量又不多, 份量不足, 量不大, 大份跟小份一样多, 量还变少了): product_quality', keys: '量变|量越|量都|量少|量缩|量也|量还|量又|量却|量不|量有|量偏|量太|量很|量比|量真|量确|量实|量明|量严|大份|中份|大杯|大碗|加量|大号' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFoodItemScant(types, m.text, p.taxonomyTypes)), adds: true, says: 'an item of the food said too little or next to none, or an unwanted part too much (米饭有点少, 汤少了点, 没啥肉, 鱼刺有点多): product_quality', keys: '少|刺|骨|肥|油|盐|椒|葱|香菜|姜|蒜|味精|没啥|没什么|没几|几乎没|基本没|只有' },
  { apply: (types, m, p) => typesForScantNotMissing(types, m.text, p.order), says: 'an item said too little (米饭太少了) is the portion, no missing item: no order_accuracy', keys: '少' },
  { apply: (types, m, p) => typesForLossNotAnOrderError(types, m.text, p.order), says: "the house's own thing said missing at checkout, or the guest's things gone (退房说少了一条毛巾, 少了一个钱包): no order_accuracy", keys: '少了' },
  { apply: (types, m, p) => typesForHairDryerNotAnOrder(types, m.text, p.order), says: "a stay's hair dryer brought or in the room (要了个吹风机，两分钟就送来了), nothing missing: no order_accuracy", keys: '吹风机|电吹风' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFlavourMissing(types, m.text, m.negative, p.taxonomyTypes)), adds: true, says: "in a negative message, the dish's heat missing, none asked for, or its taste changed (辣翅一点都不辣, 和以前的味道不一样了, 味道变了): product_quality", keys: '辣|以前|之前|原来|变了' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForTasteSaidPoor(types, m.text, p.taxonomyTypes)), adds: true, says: 'the taste given a mild bad verdict (味道不太行, 口味很一般): product_quality', keys: '味道|口味|口感|滋味|菜品|饭菜' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForMostlyFiller(types, m.text, p.taxonomyTypes)), adds: true, says: 'the dish mostly filler, or gone in a bite or two (骨头比肉多, 一半都是配菜, 两口就没了): product_quality', keys: '比|一半|大半|多半|大部分|口就|没吃' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPortionSlang(types, m.text, p.taxonomyTypes)), adds: true, says: 'the portion mocked as tiny or stingy (分量感人, 肉就一丢丢, 就几根菜叶, 就这么一点, 份量有点小气): product_quality', keys: '感人|一丢|一丁|一小|几根|几片|几粒|几块|几颗|几只|两三|三四|三五|这么|那么|小气|抠' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForOrderGivenAway(types, m.text, p.taxonomyTypes)), adds: true, says: "the order given to or taken by someone else (店员把我的外卖给了别人): order_accuracy by the shop, delivery on the way; after_sales if nobody puts it right", keys: '别人|别的|其他|另一|别桌|隔壁|错人|人拿|人取|人领|人顺|人偷' },
  { apply: (types, m) => typesForOrderGivenAwayNotPrivacy(types, m.text), says: 'the order, not personal data, went to someone else: no privacy_security', keys: '别人|别的|其他|另一|别桌|隔壁|错人|人拿|人取|人领|人顺|人偷' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFoodOvercooked(types, m.text, p.taxonomyTypes)), adds: true, says: 'a dish cooked too long (鸡蛋煮老了, 鱼煎糊了): product_quality', keys: '老|糊|焦|柴|过头|过火' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFlavourOverdone(types, m.text, p.taxonomyTypes)), adds: true, says: 'a dish\'s flavour or texture faulted in passing (偏咸, 咸到发苦, 有点稀, 有点膻): product_quality', keys: '咸|淡|腻|油|腥|膻|苦|硬|老|柴|干|稀|酸|软|甜|辣|醋味|碱味|药味|香精|骚味|冲|肥|噎' },
  { apply: (types, m, p) => typesForFlavourAllowed(types, m.text, p.food), says: 'a mild flavour allowed or turned to charm at once (泡菜有点偏酸，但是很开胃; 酱汁偏甜，配着吃刚好): no product_quality', keys: '咸|淡|甜|酸|苦|辣|麻|腻' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFoodUnhygienic(types, m.text, p.taxonomyTypes)), adds: true, says: 'the food, its box or the kitchen called unhygienic (饮料杯上有油渍，看着就不卫生, 后厨卫生堪忧): product_quality', keys: '卫生|干净|脏' },
  { apply: (types, m) => typesForFoodUnhygienicNotPremises(types, m.text), says: 'the food unhygienic, no premises named (外卖不卫生): no environment', keys: '卫生|干净|脏' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPremadeFood(types, m.text, p.taxonomyTypes)), adds: true, says: 'the food said pre-made and reheated (一吃就是料理包, 预制菜的味道): product_quality', keys: '预制|料理包|料包|狠活' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForFoodSaidInedible(types, m.text, p.taxonomyTypes)), adds: true, says: 'the food said past eating (辣得没法吃, 吃了一口就扔了, 黑暗料理, 狗都不吃): product_quality', keys: '没法|没办法|无法|吃不下|入口|下口|下不了口|黑暗料理|猪都|狗都|人吃的|口就' },
  { apply: (types, m, p) => typesForPriceOnlyTold(types, m.text, p.food), says: 'only the price told and judged (一碗面三十八块，真的不值): no product_quality' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPriceTasteQuip(types, m.text, p.taxonomyTypes)), adds: true, says: 'the price set against poorer food (米其林的价格，沙县的味道, 这个价格就这味道): price_billing and product_quality', keys: '价格|价钱|价位|定价|收费' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForPriceStayQuip(types, m.text, p.taxonomyTypes)), adds: true, says: "a dear stay's price set against a cheap stay's service (五星级的价格，三星级的服务): price_billing", keys: '价格|价钱|价位|房价|收费' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForArrivedCold(types, m.text, p.taxonomyTypes)), adds: true, says: 'food or a drink arrived off its temperature (送到都冷掉了, 冰块都化了, 好吃 就是凉了): delivery', keys: '送|到手|拿到|到的|化了|化完|化光|凉了|冷了|凉掉|冷掉' },
  { apply: (types, m, p) => typesForColdOnArrival(types, m.text, m.negative, p.food), says: 'food cooled on the way, nothing else said of it (送来有点凉): delivery, no product_quality', keys: '凉|冷|不热|不冰|温的|常温|化了|融化' },
  { apply: (types, m) => typesForWeatherNotDelivery(types, m.text), says: "the weather turned cold, nothing told of how the food came (就是天气凉了): no delivery", keys: '天|气温|降温' },
  { apply: (types, m, p) => typesForCountedShortNotPortion(types, m.text, p.food), says: 'items counted short (鸡翅少了两个, 少一份薯条), no other fault of the food: missing from the order, no product_quality', keys: '少' },
  { apply: (types, m) => typesForSlowPreparation(types, m.text), says: 'the kitchen slow, not the trip (出餐慢, 骑手等了二十分钟, 不怪骑手，是商家的问题): responsiveness, no delivery', keys: '出餐|出单|出菜|骑手|商家' },
  { apply: (types, m) => typesForNoTripAtTable(types, m.text), says: 'a meal eaten at the premises with no takeaway or trip named (补菜很慢, 牛排上来已经凉了): no delivery', keys: '上菜|补菜|上来|上桌|上齐|等位|排队|堂食|店里|店内|服务员|包间|入座|落座|餐厅|酒楼|饭店|馆|人均' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForServedCold(types, m.text, p.taxonomyTypes)), adds: true, says: 'a dish served cold at the table (菜端上来都是凉的, 例汤是温的): product_quality', keys: '凉|冷|不热|温' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWaitedThenCold(types, m.text, p.taxonomyTypes)), adds: true, says: 'a long wait, then the food come cold, no shop or table named (等了好久 饭还是凉的): delivery, no responsiveness', keys: '凉|冷' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForHoursWaitedBare(types, m.text, p.taxonomyTypes)), adds: true, says: 'an hour or more told bare, no place of the business named (一个半小时 服了, 等了两个小时 饿死了): delivery', keys: '小时|钟' },
  { apply: (types, m) => typesForTakeawayWaitBare(types, m.text), says: 'a takeaway\'s wait of hours or its trip said slow, with no shop or counter named (点个外卖等了两个多小时, 送餐越来越慢了): delivery, no responsiveness', keys: '等了|慢|小时|钟头' },
  { apply: (types, m) => typesForStayNothingCarried(types, m.text), says: "a stay's own staff bringing what was asked, or a guest arriving late, with no outside carrier named (要了两瓶水，半个小时才送来): no delivery", keys: '酒店|宾馆|民宿|客栈|客房|房间|前台|入住|退房|加床' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWorseThanElsewhere(types, m.text, p.taxonomyTypes)), adds: true, says: 'a humbler place said to beat this one (路边摊都比这好吃, 快捷酒店都比这干净): the type of what is compared', keys: '比这|比你|比它|比他' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWorseThanDineIn(types, m.text, p.taxonomyTypes)), adds: true, says: 'the takeaway said worse than eating at the shop (比店里吃的差远了, 外卖没有店里好吃): product_quality', keys: '店里|店内|堂食|门店|实体店' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForDeclinedAspect(types, m.text, p.taxonomyTypes)), adds: true, says: 'a named part said to decline (服务大不如前, 设施一年不如一年, 配送一次不如一次): its type', keys: '越来越|越做越|不如|每况愈下|比以前差|比之前差|比原来差|比上次差|比上回差' },
  { apply: (types, m, p) => (m.statesNoProblem ? types : typesForWorseThanBefore(types, m.text, p.taxonomyTypes)), adds: true, says: 'the food said to fall short of before, its taste changed or growing worse (没以前好吃了, 分量没原来多了, 味道变了, 越来越淡): product_quality', keys: '以前|之前|上次|原来|过去|从前|第一次|变了|变味|越来越|一次比一次|一回比一回|越做越|越吃越|越喝越' },
  { apply: (types, m) => typesForVerdictOnly(types, m.text), says: 'a verdict naming no fault (不会再来了 各方面都很失望, 很失望 不推荐): no product_quality', keys: '失望|再也不|不会再|再不|不推荐|差评|后悔|不怎么样|不咋|太差|很差|常差|别差|级差|极差|最差的|没有之一|别住|别来|别去|别买|别点' },
  { apply: (types, m) => typesForRequestKept(types, m.text), says: 'a request said kept (备注了不要香菜，真的没放; 商家都照做了): no order_accuracy', keys: '备注|要求|交代|嘱咐|特意说|提前说' },
  { apply: (types, m, p) => (m.negative ? types : typesForFaultNowMended(types, m.text, p.faults)), says: 'a fault of a past visit or of others\' report told as mended (以前上菜特别慢，这次明显改善了; 之前差评说上菜慢，这次完全没有这个问题): not this visit\'s complaint', keys: '以前|之前|以往|上次|上回|原来|过去|去年|曾经|听说|据说|评论|差评|网上|有人|别人|都说|那么|那样' },
  { apply: (types, m, p) => (m.negative ? types : typesForStaffOnlyTold(types, m.text, p.manner)), says: "staff told of in a review not negative, no word of a fault in their manner, the model unsure (前台小姑娘特意把房间安排在电梯旁): no service_attitude" },
  { apply: (types, m) => typesForRemedyAsked(types, m.text), says: 'a remedy asked for, nothing said of its handling failing (饭里有头发 退钱, 必须赔偿, 能换吗): no after_sales', keys: '退|换|赔|补偿' },
  { apply: (types, m) => typesForPremisesNotGoods(types, m.text), says: 'a premises fault the model is sure of and product_quality only guessed beside it, nothing eaten, slept on or bought named (隔音太差了睡不着): no product_quality' },
];

const RULE_KEYS = new RuleKeys(RULES.map((rule) => rule.keys?.split('|')));

/**
 * The rules for Chinese service text applied after the type model (each a class the guide's
 * labels agree on in train and dev, none a model input), with the taxonomy's phrase sets read once.
 */
export function serviceTypeRules(taxonomy: Taxonomy, taxonomyTypes: readonly string[]) {
  const phrases = ruleInputs(taxonomy, taxonomyTypes);
  const mayConcern = RULE_KEYS.emptyMask();
  return (types: ComplaintTypeScore[], message: ServiceMessage, explanations: string[]): ComplaintTypeScore[] => {
    RULE_KEYS.scan(message.text, mayConcern);
    for (let r = 0; r < RULES.length; r++) {
      if (!concerns(mayConcern, r)) continue;
      const rule = RULES[r]!;
      const before = types.length;
      types = rule.apply(types, message, phrases);
      if (rule.adds ? types.length > before : types.length < before) explanations.push(rule.says);
    }
    return types;
  };
}

/** The taxonomy's phrase sets the rules read, besides the message. */
export function ruleInputs(taxonomy: Taxonomy, taxonomyTypes: readonly string[]): PhraseSets {
  return {
    taxonomyTypes,
    slow: slowResponsePhrases(taxonomy),
    misleading: misleadingPhrases(taxonomy),
    premises: premisesPhrases(taxonomy),
    order: orderAccuracyPhrases(taxonomy),
    food: foodFaultPhrases(taxonomy),
    manner: staffMannerPhrases(taxonomy),
    faults: faultPhrases(taxonomy),
  };
}

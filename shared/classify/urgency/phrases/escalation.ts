import { listed } from './listed.ts';

/** Threats the customer makes: the authorities or the police, the media, the law, compensation demanded. */

export const REGULATOR_PHRASES = [
  // "相关部门也可以看看": the customer points at the authorities without naming one.
  '相关部门', '有关部门', '相关单位', '有关单位',
  // Bare 315 and 12345 are too often room or order numbers ("315房间隔音差").
  ...listed('12315|打12345|12345热线|12345市民|市民热线|市长热线|12321|12378|12363|315晚会|消协|消费者协会|消保委|市场监管|市监局|市监'),
  ...listed('工商|工商局|工商部门|找工商|投诉到工商|工信部|银保监|金融监管|金融监督管理|通信管理局|监管部门|卫生局|卫生部门|食药监'),
  ...listed('卫健委|消防部门|消防局|消防大队|打119|打了119|消保官|消保处'),
  // Taiwan's and Hong Kong's consumer bodies, as their guests name them (消保會, 消基會, 消委會).
  ...listed('消保会|消基会|消委会|消费者委员会|报警|报了警|打110|打了110|报了110|报110|卫生监督|派出所|叫警察|找警察|到315|去315|打315|打了315|拨打315|拨打了315|投诉到315|向315'),
  // A police case (公安局 alone is as often the news), the disease-control centre a food poisoning goes to, the food and drug hotline, the internet regulator.
  '报案', '疾控', '12331', '网信办',
  // Taiwan's consumer foundation (消費者文教基金會), where its consumers take what the mainland takes to 消协.
  '消基会', '消费者文教基金会',
  // The market regulator by its full name (市场监督管理局), and the citizens' hotline dialled or complained to.
  ...listed('市场监督|打了12345|12345你好|12345您好|邮政管理局|消费者投诉热线|12345投诉|12345举报|12345反映|投诉12345|食品安全投诉|食安投诉'),
  ...listed('regulator|consumer protection|ombudsman|better business bureau|ftc|trading standards|attorney general'),
  ...listed('consumer council|the council|reported it to|reporting it to|reporting this to|report this to|reported this to|to the police|police were called|called the cops|report you to|reporting you to|reported you to|reported them to|call the police|called the police|police report|health department|health inspector'),
  ...listed('food safety authority|food safety team|food safety agency|environmental health|health authority|contacting the police|contact the police'),
  ...listed('called 911|call 911|calling 911|dialed 911|called 999|dialled 999'),
  // Other trades' regulators as their English customers name them: banks (CFPB, FCA), telecoms (FCC, Ofcom), any business (BBB).
  ...listed('cfpb|fcc|ofcom|fca|bbb|department of transportation|dot complaint|complaint with the dot|faa'),
  // Air passengers' enforcement bodies (EU261's national bodies, the UK's CAA), utilities' and insurers' commissions, India's and Australia's regulators.
  ...listed('enforcement body|civil aviation authority|caa|consumer affairs|public utility commission|public utilities commission|insurance commissioner|department of insurance|trai|rbi|accc'),
];

export const MEDIA_PHRASES = [
  ...listed('曝光|找媒体|联系媒体|找记者|联系记者|找了媒体|联系了媒体|找了记者|联系了记者|电视台|发到网上|发网上|发到微博|发微博|发抖音|发到抖音|发小红书|发到小红书|到脸书|发脸书|上脸书|上传影片到|上传视频到'),
  ...listed('上热搜|公之于众|让大家都看看|让网友评评理|寻求媒体|媒体的帮助|黑猫投诉'),
  // Sent to the press ("发给了当地的媒体").
  ...listed('让全网都知道|让全网知道|全网曝光|发帖让大家|发帖让全网|发给媒体|发给了媒体|发给当地的媒体|发给了当地的媒体|发给当地媒体|发给了当地媒体|交给媒体'),
  ...listed('journalist|the press|local news|the newspaper|local newspaper|to the papers|my travel blog|on my blog|news channel|go public|going public|post this online|posting this on|expose you|on social media'),
  ...listed('post the video|post it online|posting this everywhere|post this everywhere|posting it everywhere|sharing this everywhere|leaving this review everywhere|posting photos everywhere|post photos everywhere'),
];

export const LEGAL_PHRASES = ['律师', '起诉', '法院', '诉讼', '告你们', '告他们', '我要告', '想告', '法律途径', '法律手段', '法律责任', '仲裁', 'lawyer', 'attorney', 'sue you', 'suing', 'lawsuit', 'legal action', 'small claims',
  // Plural and British counsel, a court named as where it goes, India's legal notice; not a bare "sue", as often the name at the desk.
  ...listed('lawyers|attorneys|solicitor|solicitors|sue them|will sue|going to sue|gonna sue|see you in court|taking you to court|take you to court|taking them to court|take them to court|court action'),
  'legal proceedings', 'class action', 'legal notice', 'legal advice', 'consumer court', 'consumer forum'];

/** Demands, not mentions: "快递公司说只能按运费赔偿" is the company's offer, not anger. */
export const COMPENSATION_PHRASES = [
  ...listed('要求赔偿|必须赔偿|给我赔|赔偿我|赔我|给我赔偿|要赔偿|你们赔|赔钱|索赔|赔偿损失|付我的损失|并赔偿|和赔偿|赔偿我们|退一赔三|退一赔十|精神损失|医药费|医疗费'),
  // The one to pay named inside the demand: "要求酒店赔偿", "要求商家赔钱".
  ...listed('要求酒店赔|要求商家赔|要求店家赔|要求平台赔|要求对方赔|要求他们赔|要求你们赔|要求店里赔|要求公司赔'),
  // The customer asking what the business means to pay: a demand put as a question.
  ...listed('打算如何赔偿|打算怎么赔偿|准备如何赔偿|准备怎么赔偿|你们如何赔偿|你们怎么赔偿'),
  'want compensation', 'demand compensation', 'full compensation', 'medical bill', 'clinic bill', "doctor's bill", 'hospital bill', 'pay for my treatment', 'compensate me', 'demand a refund', 'i demand', 'reimburse me',
];

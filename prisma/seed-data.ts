// Demo catalog of 컴공방: categories, ateliers, products and coupon events.
// Pure data — no database access and no imports — so it can be shared by the seed script
// (prisma/seed.ts) and the image generator (scripts/tools/generate-images.ts).
// Every image path points at a file written by `npx tsx scripts/tools/generate-images.ts`.

export type DiscountType = "AMOUNT" | "PERCENT";

export interface SeedCategory {
  slug: string;
  name: string;
  children: { slug: string; name: string }[];
}

export interface SeedAtelier {
  /** Stable ASCII key, also used in image file names. */
  key: string;
  name: string;
  tagline: string;
  /** 2–3 sentences. */
  description: string;
  location: string;
  /** Slug of the atelier's main TOP category. */
  categorySlug: string;
  profileImage: string;
  coverImage: string;
}

export interface SeedProduct {
  /** Stable ASCII key, unique across all products. */
  key: string;
  atelierKey: string;
  /** Slug of a CHILD category. */
  categorySlug: string;
  title: string;
  description: string;
  /** KRW, tax included, multiple of 100. */
  price: number;
  /** Price before the atelier's own discount (shown struck through); > price. */
  originalPrice?: number;
  /** createdAt = seed time − daysAgo days. */
  daysAgo: number;
  /** 0–300: how many demo likes the seed creates. */
  popularity: number;
  /** Path under /public. */
  image: string;
}

export interface SeedCouponEvent {
  key: string;
  title: string;
  description: string;
  discountType: DiscountType;
  /** KRW for AMOUNT, percent for PERCENT. */
  discountValue: number;
  /** Cap in KRW for PERCENT discounts. */
  maxDiscount?: number;
  minOrderAmount: number;
  totalQuantity: number;
  /** startsAt = seed time + startOffsetHours (negative = in the past). */
  startOffsetHours: number;
  /** endsAt = startsAt + durationHours. */
  durationHours: number;
  /** Days a claimed coupon stays usable. */
  validDays: number;
  banner: string;
  /** Follower-only event of this atelier; absent = open to everyone. */
  atelierKey?: string;
}

/** The first atelier in `ateliers` belongs to this demo account. */
export const demoOwnerEmail = "owner@example.com";

export const categories: SeedCategory[] = [
  {
    slug: "ceramics",
    name: "도자기",
    children: [
      { slug: "ceramics-mugs", name: "머그컵" },
      { slug: "ceramics-plates", name: "접시·볼" },
      { slug: "ceramics-vases", name: "화병·오브제" },
      { slug: "ceramics-teaware", name: "찻잔·다기" },
    ],
  },
  {
    slug: "leather",
    name: "가죽공예",
    children: [
      { slug: "leather-wallets", name: "지갑·카드지갑" },
      { slug: "leather-bags", name: "가방" },
      { slug: "leather-goods", name: "키링·소품" },
    ],
  },
  {
    slug: "candles",
    name: "향수·캔들",
    children: [
      { slug: "candles-candles", name: "캔들" },
      { slug: "candles-diffusers", name: "디퓨저·방향제" },
      { slug: "candles-perfumes", name: "향수" },
    ],
  },
  {
    slug: "accessories",
    name: "액세서리",
    children: [
      { slug: "accessories-rings", name: "반지" },
      { slug: "accessories-earrings", name: "귀걸이" },
      { slug: "accessories-necklaces", name: "목걸이" },
      { slug: "accessories-bracelets", name: "팔찌" },
    ],
  },
  {
    slug: "woodwork",
    name: "목공예",
    children: [
      { slug: "woodwork-kitchen", name: "수저·커트러리" },
      { slug: "woodwork-boards", name: "도마·트레이" },
      { slug: "woodwork-furniture", name: "소가구" },
    ],
  },
  {
    slug: "knitting",
    name: "뜨개",
    children: [
      { slug: "knitting-scarves", name: "목도리" },
      { slug: "knitting-hats", name: "모자" },
      { slug: "knitting-bags", name: "뜨개 가방" },
      { slug: "knitting-dolls", name: "인형·소품" },
    ],
  },
  {
    slug: "fabric",
    name: "패브릭",
    children: [
      { slug: "fabric-pouches", name: "파우치" },
      { slug: "fabric-totes", name: "에코백" },
      { slug: "fabric-living", name: "쿠션·리빙" },
    ],
  },
  {
    slug: "glass",
    name: "유리공예",
    children: [
      { slug: "glass-cups", name: "유리컵" },
      { slug: "glass-vases", name: "유리 화병" },
      { slug: "glass-suncatchers", name: "썬캐처·오브제" },
    ],
  },
];

type AtelierRow = Omit<SeedAtelier, "profileImage" | "coverImage">;

const atelierRows: AtelierRow[] = [
  {
    key: "heuksum",
    name: "이천 흙숨 공방",
    tagline: "매일 손이 가는 그릇을 빚습니다",
    description:
      "이천 도자기 마을에서 15년째 물레를 돌리고 있는 작은 공방입니다. 백자토와 분청토로 식탁에서 매일 쓰기 좋은 머그컵과 그릇을 만들고, 모든 작품은 1250도에서 단단하게 구워냅니다. 같은 유약이라도 가마 속 자리에 따라 색이 조금씩 달라지는 것이 흙숨의 매력이에요.",
    location: "경기 이천",
    categorySlug: "ceramics",
  },
  {
    key: "sodam",
    name: "여주 소담요",
    tagline: "소담하게, 오래 곁에 두는 생활 도자기",
    description:
      "여주 남한강 곁에서 부부 도예가가 함께 운영하는 가마입니다. 달항아리와 화병 같은 오브제부터 찻자리에 어울리는 다기까지, 과하지 않은 선을 고민합니다. 작은 흠 하나까지 직접 검수한 뒤 보내드려요.",
    location: "경기 여주",
    categorySlug: "ceramics",
  },
  {
    key: "ob",
    name: "성수 가죽상점 오브",
    tagline: "쓸수록 길이 드는 베지터블 가죽 소품",
    description:
      "성수동 골목의 작은 가죽 작업실입니다. 이탈리아산 베지터블 태닝 소가죽을 새들 스티치로 한 땀씩 꿰매어, 쓸수록 색이 깊어지는 지갑과 가방을 만듭니다. 원하시는 이니셜 각인은 무료로 넣어드려요.",
    location: "서울 성수",
    categorySlug: "leather",
  },
  {
    key: "sonkkeut",
    name: "망원 손끝가죽",
    tagline: "손끝으로 완성하는 데일리 가죽 소품",
    description:
      "망원시장 근처에서 혼자 작업하는 1인 가죽 공방입니다. 가볍고 부드러운 소가죽으로 매일 들고 다니기 좋은 키링, 필통, 미니백을 만들어요. 색상 조합은 주문 메모로 편하게 요청해 주세요.",
    location: "서울 망원",
    categorySlug: "leather",
  },
  {
    key: "hyanggirok",
    name: "연남 향기록",
    tagline: "오늘의 기분을 향으로 기록합니다",
    description:
      "연남동의 작은 향 연구소 겸 쇼룸입니다. 100% 소이 왁스와 IFRA 기준을 지킨 향료로 캔들과 디퓨저, 향수를 소량씩 블렌딩합니다. 시즌마다 계절의 기억을 담은 새로운 향을 선보여요.",
    location: "서울 연남",
    categorySlug: "candles",
  },
  {
    key: "baramgyeol",
    name: "제주 바람결 캔들",
    tagline: "제주 바다와 숲의 향을 담은 캔들",
    description:
      "애월 바닷가의 오래된 창고를 고쳐 만든 캔들 공방입니다. 제주 삼나무, 동백, 귤꽃처럼 섬에서 만나는 향을 캔들과 방향제로 옮겨 담습니다. 포장재는 재생지와 종이 완충재만 사용해요.",
    location: "제주 애월",
    categorySlug: "candles",
  },
  {
    key: "soso",
    name: "을지로 은공방 소소",
    tagline: "작고 소소하게 반짝이는 은 액세서리",
    description:
      "을지로 세공 골목에서 배운 기술로 925 실버 액세서리를 만드는 공방입니다. 매일 빼지 않고 착용해도 부담 없는 얇은 반지와 귀걸이를 주로 작업해요. 모든 제품은 주문 후 직접 광택 작업을 거쳐 발송됩니다.",
    location: "서울 을지로",
    categorySlug: "accessories",
  },
  {
    key: "mulgyeol",
    name: "영도 물결 주얼리",
    tagline: "바다를 닮은 진주와 천연석 주얼리",
    description:
      "부산 영도 바다가 내려다보이는 작업실에서 담수진주와 천연석으로 주얼리를 만듭니다. 파도와 윤슬에서 얻은 곡선을 14K 골드필드와 은 소재로 엮어 냅니다. 선물 포장은 기본으로 해드려요.",
    location: "부산 영도",
    categorySlug: "accessories",
  },
  {
    key: "namugyeot",
    name: "양평 나무곁",
    tagline: "나무 곁에서 천천히 깎는 주방 도구",
    description:
      "양평 숲 가까이에 있는 목공방에서 월넛, 체리, 메이플 원목으로 주방 소품을 깎습니다. 손으로 깎은 스푼과 도마는 식물성 오일로만 마감해 음식에 닿아도 안심할 수 있어요. 나뭇결이 하나하나 달라 세상에 하나뿐인 물건이 됩니다.",
    location: "경기 양평",
    categorySlug: "woodwork",
  },
  {
    key: "gyeol",
    name: "전주 결 목공소",
    tagline: "한옥의 결을 담은 작은 가구",
    description:
      "전주 한옥마을 근처에서 전통 짜맞춤 기법을 바탕으로 소가구를 만듭니다. 못을 최소한으로 쓰고 나무끼리 맞물리게 짜서 오래 써도 흔들림이 적어요. 원룸에도 잘 어울리는 스툴과 협탁, 트레이를 주로 작업합니다.",
    location: "전북 전주",
    categorySlug: "woodwork",
  },
  {
    key: "teolsil",
    name: "강릉 털실다방",
    tagline: "따뜻한 차 한 잔처럼 포근한 손뜨개",
    description:
      "강릉 바닷가 카페 한켠에서 시작한 손뜨개 공방입니다. 메리노 울과 캐시미어 혼방사로 목도리와 모자를 한 코 한 코 떠서 만들어요. 겨울 시즌에는 주문이 많아 제작 기간이 조금 길어질 수 있습니다.",
    location: "강원 강릉",
    categorySlug: "knitting",
  },
  {
    key: "pogeun",
    name: "포근 뜨개방",
    tagline: "보기만 해도 웃음 나는 뜨개 인형과 소품",
    description:
      "대구 수성구의 작은 뜨개방입니다. 코튼사로 뜬 애착 인형과 키링, 여름에도 들기 좋은 뜨개 가방을 만들어요. 아이가 만져도 안전하도록 눈과 코까지 모두 실로 수놓습니다.",
    location: "대구 수성",
    categorySlug: "knitting",
  },
  {
    key: "cheonjogak",
    name: "해방촌 천조각",
    tagline: "천 조각으로 만드는 즐거운 생활 패브릭",
    description:
      "해방촌 언덕 위에서 리넨과 코튼으로 파우치, 에코백, 쿠션을 만드는 패브릭 공방입니다. 직접 그린 도안을 실크스크린으로 찍어 소량만 제작해요. 작업하고 남은 천 조각은 모아 작은 소품으로 다시 태어납니다.",
    location: "서울 해방촌",
    categorySlug: "fabric",
  },
  {
    key: "yunseul",
    name: "통영 윤슬 유리",
    tagline: "바다 위 윤슬을 닮은 블로잉 글라스",
    description:
      "통영 바다 앞 유리 공방에서 입으로 불어 만드는 블로잉 기법으로 컵과 화병을 만듭니다. 같은 색이라도 두께와 기포가 조금씩 달라 빛을 받으면 저마다 다른 윤슬이 생겨요. 안전한 배송을 위해 꼼꼼하게 이중 포장해 보내드립니다.",
    location: "경남 통영",
    categorySlug: "glass",
  },
];

/** The first atelier is owned by the demo owner account (demoOwnerEmail). */
export const ateliers: SeedAtelier[] = atelierRows.map((a) => ({
  ...a,
  profileImage: `/images/ateliers/${a.key}-profile.svg`,
  coverImage: `/images/ateliers/${a.key}-cover.svg`,
}));

type ProductRow = Omit<SeedProduct, "atelierKey" | "image">;

const productsByAtelier: { atelierKey: string; items: ProductRow[] }[] = [
  {
    atelierKey: "heuksum",
    items: [
      {
        key: "heuksum-baekja-mug",
        categorySlug: "ceramics-mugs",
        title: "손으로 빚은 백자 머그컵 350ml",
        description:
          "이천 백자토를 물레로 성형해 1250도에서 구운 머그컵입니다. 손에 착 감기는 두툼한 손잡이와 은은한 유백색 유약이 특징이에요. 지름 8.5cm, 높이 9.5cm이며 식기세척기와 전자레인지 모두 사용할 수 있습니다.",
        price: 32000,
        daysAgo: 120,
        popularity: 280,
      },
      {
        key: "heuksum-buncheong-mug",
        categorySlug: "ceramics-mugs",
        title: "분청 덤벙 머그컵 300ml",
        description:
          "분청토에 백토를 덤벙 담가 자연스러운 흘림 자국을 남긴 머그컵입니다. 안쪽은 투명 유약으로 마감해 커피나 차 얼룩이 잘 배지 않아요. 지름 8cm, 높이 9cm이며 급격한 온도 변화는 피해 주세요.",
        price: 34000,
        daysAgo: 95,
        popularity: 190,
      },
      {
        key: "heuksum-speckle-mug-large",
        categorySlug: "ceramics-mugs",
        title: "스페클 라지 머그컵 450ml",
        description:
          "철분이 섞인 흙을 써서 점점이 검은 반점이 올라온 넉넉한 머그컵입니다. 라떼나 수프를 담기에도 좋은 450ml 용량이에요. 지름 9.5cm, 높이 10cm이며 식기세척기 사용이 가능합니다.",
        price: 38000,
        originalPrice: 42000,
        daysAgo: 40,
        popularity: 150,
      },
      {
        key: "heuksum-couple-mug-set",
        categorySlug: "ceramics-mugs",
        title: "커플 머그컵 2인 세트 (화이트·차콜)",
        description:
          "화이트와 차콜 두 가지 유약으로 한 쌍을 이루는 머그컵 세트입니다. 집들이나 결혼 선물로 많이 찾으시며, 선물용 오동나무 상자에 담아 보내드려요. 각 320ml, 지름 8cm입니다.",
        price: 62000,
        originalPrice: 68000,
        daysAgo: 60,
        popularity: 240,
      },
      {
        key: "heuksum-rim-plate-21",
        categorySlug: "ceramics-plates",
        title: "백자 림 접시 21cm",
        description:
          "가장자리에 넓은 림을 두어 파스타, 샐러드, 디저트 어디에나 어울리는 접시입니다. 무광에 가까운 매트 백자 유약이라 음식 색이 돋보여요. 지름 21cm, 높이 2.5cm이며 전자레인지와 식기세척기 사용이 가능합니다.",
        price: 28000,
        daysAgo: 150,
        popularity: 170,
      },
      {
        key: "heuksum-dessert-plate-set",
        categorySlug: "ceramics-plates",
        title: "핸드메이드 도자기 앞접시 4P 세트",
        description:
          "손바닥만 한 크기의 도자기 앞접시 네 장 세트입니다. 네 가지 파스텔 유약으로 구성되어 식탁에 포인트가 되어 줘요. 지름 14cm이며, 하나씩 손으로 다듬어 모양이 조금씩 다릅니다.",
        price: 48000,
        originalPrice: 56000,
        daysAgo: 30,
        popularity: 210,
      },
      {
        key: "heuksum-rice-bowl-set",
        categorySlug: "ceramics-plates",
        title: "분청 밥공기·국그릇 세트",
        description:
          "분청 특유의 따뜻한 회백색이 돋보이는 밥공기와 국그릇 한 벌입니다. 밥공기 지름 11cm, 국그릇 지름 13.5cm로 한식 상차림에 알맞은 크기예요. 중성세제로 씻은 뒤 완전히 말려서 보관해 주세요.",
        price: 36000,
        daysAgo: 70,
        popularity: 90,
      },
      {
        key: "heuksum-pasta-bowl",
        categorySlug: "ceramics-plates",
        title: "넓은 도자기 파스타볼 22cm",
        description:
          "깊이가 있어 국물 있는 파스타나 덮밥을 담기 좋은 넓은 볼입니다. 가장자리로 갈수록 유약이 흘러내린 자국이 자연스럽게 남아 있어요. 지름 22cm, 높이 5cm이며 식기세척기 사용이 가능합니다.",
        price: 39000,
        daysAgo: 12,
        popularity: 60,
      },
      {
        key: "heuksum-moon-jar-mini",
        categorySlug: "ceramics-vases",
        title: "미니 달항아리 도자기 오브제",
        description:
          "조선 달항아리의 둥근 선을 손바닥만 한 크기로 옮긴 오브제입니다. 위아래를 따로 빚어 이어 붙이는 전통 방식이라 허리선이 하나하나 달라요. 높이 약 12cm로 책상이나 선반 위에 두기 좋습니다.",
        price: 54000,
        daysAgo: 110,
        popularity: 260,
      },
      {
        key: "heuksum-bud-vase",
        categorySlug: "ceramics-vases",
        title: "꽃 한 송이 백자 화병",
        description:
          "들꽃 한두 송이를 꽂기 좋은 작은 백자 화병입니다. 입구가 좁아 꽃이 쓰러지지 않고, 물을 담아도 새지 않도록 안쪽까지 유약을 입혔어요. 높이 13cm, 입구 지름 1.5cm입니다.",
        price: 26000,
        daysAgo: 5,
        popularity: 40,
      },
      {
        key: "heuksum-teacup-pair",
        categorySlug: "ceramics-teaware",
        title: "백자 찻잔 2인 세트",
        description:
          "잎차를 우려 마시기 좋은 120ml 크기의 백자 찻잔 두 개입니다. 입술에 닿는 부분을 얇게 다듬어 차 맛이 깔끔하게 느껴져요. 지름 7.5cm, 높이 5.5cm이며 선물 포장이 가능합니다.",
        price: 30000,
        daysAgo: 85,
        popularity: 110,
      },
      {
        key: "heuksum-teapot",
        categorySlug: "ceramics-teaware",
        title: "손잡이 다관 티팟 400ml",
        description:
          "둥근 손잡이를 단 다관으로 잎차와 티백 모두 편하게 우릴 수 있어요. 주둥이 안쪽에 촘촘한 거름망 구멍을 뚫어 찻잎이 걸러집니다. 용량 400ml이며, 사용 후에는 세제 없이 물로만 헹궈 주세요.",
        price: 78000,
        originalPrice: 86000,
        daysAgo: 45,
        popularity: 130,
      },
      {
        key: "heuksum-sukwoo",
        categorySlug: "ceramics-teaware",
        title: "분청 숙우 250ml",
        description:
          "뜨거운 물을 알맞은 온도로 식혀 주는 숙우입니다. 따르는 입을 날렵하게 다듬어 물줄기가 끊기지 않고 깔끔하게 떨어져요. 용량 250ml로 2~3인 찻자리에 알맞습니다.",
        price: 32000,
        daysAgo: 160,
        popularity: 50,
      },
      {
        key: "heuksum-coffee-cup-saucer",
        categorySlug: "ceramics-teaware",
        title: "백자 커피잔 & 잔받침 세트 200ml",
        description:
          "핸드드립 커피 한 잔을 담기 좋은 200ml 커피잔과 잔받침 세트입니다. 잔받침에는 쿠키 한두 개를 올릴 수 있도록 여유를 두었어요. 잔 지름 8cm, 잔받침 지름 14cm이며 식기세척기 사용이 가능합니다.",
        price: 42000,
        daysAgo: 2,
        popularity: 20,
      },
    ],
  },
  {
    atelierKey: "sodam",
    items: [
      {
        key: "sodam-celadon-mug",
        categorySlug: "ceramics-mugs",
        title: "연청 유약 머그컵 330ml",
        description:
          "비 갠 하늘 같은 연청색 유약을 입힌 머그컵입니다. 유약이 고인 곳은 짙게, 얇은 곳은 옅게 번져 하나하나 다른 표정을 가져요. 지름 8cm, 높이 9.5cm, 용량 330ml입니다.",
        price: 35000,
        daysAgo: 55,
        popularity: 140,
      },
      {
        key: "sodam-stripe-mug",
        categorySlug: "ceramics-mugs",
        title: "손그림 줄무늬 도자기 머그컵",
        description:
          "초벌 위에 붓으로 한 줄씩 선을 그어 완성한 줄무늬 머그컵입니다. 선의 굵기와 간격이 조금씩 달라 손맛이 살아 있어요. 용량 300ml로 전자레인지 사용은 가능하지만, 그림을 오래 보려면 손세척을 권해 드립니다.",
        price: 33000,
        daysAgo: 8,
        popularity: 75,
      },
      {
        key: "sodam-oval-plate",
        categorySlug: "ceramics-plates",
        title: "타원 도자기 플레이트 28cm",
        description:
          "생선구이나 브런치를 담기 좋은 길쭉한 타원 접시입니다. 가장자리를 살짝 올려 소스가 흘러넘치지 않아요. 28×18cm 크기이며 식기세척기와 오븐 사용이 가능합니다.",
        price: 44000,
        daysAgo: 140,
        popularity: 120,
      },
      {
        key: "sodam-salad-bowl",
        categorySlug: "ceramics-plates",
        title: "연청 샐러드 볼 18cm",
        description:
          "넉넉한 깊이의 샐러드 볼로 과일이나 팝콘을 담아 두기에도 좋습니다. 바깥은 흙의 질감을 살리고 안쪽만 연청 유약으로 마감했어요. 지름 18cm, 높이 7cm입니다.",
        price: 41000,
        daysAgo: 25,
        popularity: 85,
      },
      {
        key: "sodam-moon-jar",
        categorySlug: "ceramics-vases",
        title: "달항아리 화병 中 (높이 20cm)",
        description:
          "넉넉하고 둥근 달항아리에 입구를 조금 좁혀 화병으로도 쓸 수 있게 만들었습니다. 은은한 유백색 표면에 가마에서 생긴 작은 점들이 자연스럽게 남아 있어요. 높이 20cm, 몸통 지름 19cm이며 물을 담아 생화를 꽂을 수 있습니다.",
        price: 128000,
        originalPrice: 145000,
        daysAgo: 100,
        popularity: 220,
      },
      {
        key: "sodam-gourd-vase",
        categorySlug: "ceramics-vases",
        title: "도자기 호리병 화병",
        description:
          "목이 가늘고 몸통이 둥근 호리병 모양의 화병입니다. 말린 꽃이나 가지 한 줄기만 꽂아도 공간이 차분해져요. 높이 24cm, 입구 지름 2cm입니다.",
        price: 58000,
        daysAgo: 65,
        popularity: 95,
      },
      {
        key: "sodam-wave-vase",
        categorySlug: "ceramics-vases",
        title: "물결 무늬 분청 원통 화병",
        description:
          "분청토 위에 빗살로 물결 무늬를 새긴 원통형 화병입니다. 남한강 물결을 보며 떠올린 무늬로, 빛이 비스듬히 들면 결이 더 깊게 보여요. 높이 18cm, 지름 10cm이며 안쪽은 방수 유약으로 마감했습니다.",
        price: 62000,
        daysAgo: 18,
        popularity: 70,
      },
      {
        key: "sodam-incense-holder",
        categorySlug: "ceramics-vases",
        title: "도자기 인센스 홀더 (달 모양)",
        description:
          "초승달 모양으로 빚은 작은 인센스 홀더입니다. 스틱형 인센스를 꽂으면 재가 접시 안에 얌전히 떨어져요. 지름 10cm, 무게 약 150g입니다.",
        price: 18000,
        daysAgo: 3,
        popularity: 35,
      },
      {
        key: "sodam-matcha-bowl",
        categorySlug: "ceramics-teaware",
        title: "분청 말차 다완",
        description:
          "말차를 격불하기 좋은 넉넉한 지름의 다완입니다. 굽을 높게 깎아 손에 쥐기 편하고, 안쪽 곡선이 둥글어 차선이 잘 돌아요. 지름 12cm, 높이 7.5cm입니다.",
        price: 68000,
        daysAgo: 130,
        popularity: 100,
      },
      {
        key: "sodam-tea-set",
        categorySlug: "ceramics-teaware",
        title: "연청 다기 세트 (다관·숙우·찻잔 2)",
        description:
          "혼자 또는 둘이 차를 마시기 좋은 작은 다기 세트입니다. 다관 180ml, 숙우 150ml, 찻잔 두 개로 구성되어 있어요. 연청 유약의 은은한 빛이 찻물 색을 예쁘게 비춰 줍니다.",
        price: 148000,
        originalPrice: 165000,
        daysAgo: 75,
        popularity: 180,
      },
      {
        key: "sodam-gwiyal-teacups",
        categorySlug: "ceramics-teaware",
        title: "귀얄 찻잔 2P",
        description:
          "귀얄 붓으로 백토를 쓸어 바른 뒤 연청 유약을 입힌 찻잔 두 개입니다. 붓자국이 남은 표면이 손끝에 기분 좋게 느껴져요. 용량 각 100ml, 지름 7cm입니다.",
        price: 28000,
        daysAgo: 170,
        popularity: 65,
      },
    ],
  },
  {
    atelierKey: "ob",
    items: [
      {
        key: "ob-initial-card-wallet",
        categorySlug: "leather-wallets",
        title: "이니셜 각인 소가죽 카드지갑",
        description:
          "이탈리아산 베지터블 소가죽으로 만든 슬림한 카드지갑입니다. 양면 포켓에 카드 4~6장과 접은 지폐를 넣을 수 있어요. 원하는 이니셜을 세 글자까지 무료로 각인해 드리며, 크기는 10.5×7.5cm입니다.",
        price: 39000,
        daysAgo: 160,
        popularity: 300,
      },
      {
        key: "ob-bifold-wallet",
        categorySlug: "leather-wallets",
        title: "새들 스티치 소가죽 반지갑",
        description:
          "두 개의 바늘로 한 땀씩 꿰매는 새들 스티치로 튼튼하게 마감한 반지갑입니다. 카드 6장과 지폐칸 2개로 구성해 동전 없이 가볍게 들고 다니기 좋아요. 쓸수록 색이 깊어지고 은은한 광택이 올라옵니다.",
        price: 89000,
        originalPrice: 98000,
        daysAgo: 140,
        popularity: 200,
      },
      {
        key: "ob-long-zip-wallet",
        categorySlug: "leather-wallets",
        title: "소가죽 지퍼 장지갑",
        description:
          "지퍼로 사방을 닫는 넉넉한 장지갑입니다. 카드 12장, 지폐칸 2개, 동전 지퍼칸으로 나뉘어 정리가 쉬워요. 19×10cm 크기이며 YKK 메탈 지퍼를 사용했습니다.",
        price: 128000,
        daysAgo: 90,
        popularity: 95,
      },
      {
        key: "ob-passport-case",
        categorySlug: "leather-wallets",
        title: "가죽 여권 케이스",
        description:
          "여권과 항공권, 카드 두 장을 한 번에 넣을 수 있는 여권 케이스입니다. 얇은 소가죽 한 장을 접어 만들어 부피가 거의 늘지 않아요. 여행 전에 이름을 각인해 두면 잃어버릴 걱정도 줄어듭니다.",
        price: 45000,
        daysAgo: 35,
        popularity: 80,
      },
      {
        key: "ob-money-clip",
        categorySlug: "leather-wallets",
        title: "머니클립 카드지갑 — 탄 브라운",
        description:
          "지폐는 클립으로 고정하고 양옆 포켓에 카드를 넣는 머니클립형 지갑입니다. 스테인리스 클립이라 녹이 슬지 않고, 바지 주머니에 넣어도 불룩하지 않아요. 크기는 11×8cm입니다.",
        price: 52000,
        daysAgo: 4,
        popularity: 45,
      },
      {
        key: "ob-vegetable-tote",
        categorySlug: "leather-bags",
        title: "베지터블 가죽 토트백",
        description:
          "A4 파일과 13인치 노트북이 들어가는 데일리 토트백입니다. 안쪽에 작은 지퍼 포켓이 있어 열쇠나 이어폰을 따로 보관할 수 있어요. 38×30×12cm이며, 처음엔 단단하지만 쓸수록 몸에 맞게 부드러워집니다.",
        price: 238000,
        originalPrice: 260000,
        daysAgo: 120,
        popularity: 250,
      },
      {
        key: "ob-mini-crossbody",
        categorySlug: "leather-bags",
        title: "소가죽 미니 크로스백",
        description:
          "휴대폰과 카드지갑, 립밤 정도가 쏙 들어가는 미니 크로스백입니다. 스트랩 길이를 3단으로 조절할 수 있어 어깨에도, 크로스로도 멜 수 있어요. 크기는 20×14×6cm입니다.",
        price: 148000,
        daysAgo: 50,
        popularity: 175,
      },
      {
        key: "ob-bucket-bag",
        categorySlug: "leather-bags",
        title: "소가죽 버킷백 — 라떼",
        description:
          "입구를 끈으로 조여 닫는 둥근 버킷백입니다. 부드러운 라떼색 가죽에 안감 없이 만들어 가볍고, 가죽 뒷면까지 매끈하게 정리했어요. 높이 24cm, 바닥 지름 18cm입니다.",
        price: 178000,
        daysAgo: 22,
        popularity: 110,
      },
      {
        key: "ob-laptop-sleeve",
        categorySlug: "leather-bags",
        title: "13인치 가죽 노트북 파우치",
        description:
          "노트북을 감싸 보호하는 13인치용 슬리브 파우치입니다. 두꺼운 소가죽 안쪽에 펠트를 덧대 충격을 줄였어요. 34×25cm로 13인치 노트북에 꼭 맞습니다.",
        price: 98000,
        daysAgo: 8,
        popularity: 60,
      },
      {
        key: "ob-key-case",
        categorySlug: "leather-goods",
        title: "자석 여밈 가죽 키케이스",
        description:
          "열쇠 네 개를 걸 수 있는 키케이스로, 자석 여밈이라 한 손으로도 쉽게 열립니다. 가방 속에서 열쇠가 다른 물건을 긁지 않도록 지켜 줘요. 크기는 10×6cm입니다.",
        price: 36000,
        daysAgo: 110,
        popularity: 70,
      },
      {
        key: "ob-earbuds-case",
        categorySlug: "leather-goods",
        title: "무선 이어폰 가죽 케이스 (고리 포함)",
        description:
          "얇은 소가죽을 이어폰 충전 케이스 모양대로 성형해 만든 커버입니다. 아래쪽에 충전 포트 구멍이 있어 끼운 채로 충전할 수 있어요. 황동 고리가 달려 있어 가방에 걸어 둘 수 있습니다.",
        price: 34000,
        daysAgo: 28,
        popularity: 90,
      },
    ],
  },
  {
    atelierKey: "sonkkeut",
    items: [
      {
        key: "sonkkeut-coin-purse",
        categorySlug: "leather-wallets",
        title: "똑딱이 가죽 동전지갑",
        description:
          "손바닥 안에 쏙 들어오는 똑딱이 단추 동전지갑입니다. 부드러운 소가죽이라 동전을 넣어도 모양이 예쁘게 유지돼요. 크기는 9×8cm이고 열두 가지 색상 중에서 고를 수 있어요.",
        price: 22000,
        daysAgo: 100,
        popularity: 130,
      },
      {
        key: "sonkkeut-color-card-wallet",
        categorySlug: "leather-wallets",
        title: "컬러 배색 가죽 카드지갑",
        description:
          "두 가지 색 가죽을 겹쳐 포켓마다 다른 색이 보이는 카드지갑입니다. 앞뒤 포켓과 가운데 칸까지 카드 5~7장을 넣을 수 있어요. 배색 조합은 주문 메모로 요청해 주세요.",
        price: 32000,
        daysAgo: 30,
        popularity: 160,
      },
      {
        key: "sonkkeut-handle-mini-bag",
        categorySlug: "leather-bags",
        title: "손잡이 가죽 미니백",
        description:
          "작은 손잡이가 달린 파우치형 미니백으로 점심 산책이나 가까운 외출에 좋아요. 안쪽에 카드 포켓이 하나 있고 자석 단추로 여닫습니다. 크기는 22×15×5cm입니다.",
        price: 86000,
        daysAgo: 70,
        popularity: 150,
      },
      {
        key: "sonkkeut-halfmoon-bag",
        categorySlug: "leather-bags",
        title: "반달 숄더백 (소가죽)",
        description:
          "반달 모양 실루엣이 부드러운 숄더백입니다. 어깨에 멨을 때 몸에 자연스럽게 붙도록 바닥을 둥글게 재단했어요. 30×18×7cm로 장지갑과 작은 파우치가 함께 들어갑니다.",
        price: 168000,
        originalPrice: 189000,
        daysAgo: 45,
        popularity: 190,
      },
      {
        key: "sonkkeut-phone-crossbody",
        categorySlug: "leather-bags",
        title: "가죽 폰 크로스백",
        description:
          "휴대폰과 카드만 챙겨 가볍게 나가고 싶은 날을 위한 폰 크로스백입니다. 앞면에 카드 포켓이 있어 교통카드를 바로 찍을 수 있어요. 11×19cm 크기이며 스트랩 길이를 조절할 수 있습니다.",
        price: 69000,
        daysAgo: 6,
        popularity: 85,
      },
      {
        key: "sonkkeut-initial-keyring",
        categorySlug: "leather-goods",
        title: "이니셜 가죽 키링",
        description:
          "작은 가죽 태그에 원하는 이니셜을 각인해 드리는 키링입니다. 황동 고리를 달아 오래 써도 변색이 적어요. 가방이나 열쇠에 달기 좋은 7×3cm 크기입니다.",
        price: 15000,
        daysAgo: 130,
        popularity: 270,
      },
      {
        key: "sonkkeut-pen-case",
        categorySlug: "leather-goods",
        title: "소가죽 지퍼 필통",
        description:
          "펜 열 자루 정도가 들어가는 납작한 지퍼 필통입니다. 안감 없이 가죽 한 장으로 만들어 가볍고, 모서리에는 마찰 보호용 덧댐을 했어요. 크기는 20×7cm입니다.",
        price: 38000,
        daysAgo: 60,
        popularity: 55,
      },
      {
        key: "sonkkeut-cable-holder",
        categorySlug: "leather-goods",
        title: "가죽 케이블 홀더 3P",
        description:
          "충전 케이블과 이어폰 줄을 깔끔하게 감아 두는 케이블 홀더 세 개 세트입니다. 똑딱이 단추로 고정해 가방 속에서 선이 엉키지 않아요. 색상은 랜덤으로 발송됩니다.",
        price: 12000,
        daysAgo: 12,
        popularity: 40,
      },
      {
        key: "sonkkeut-heart-bag-charm",
        categorySlug: "leather-goods",
        title: "하트 가죽 백참",
        description:
          "가방 손잡이에 걸어 두는 작은 하트 모양 가죽 백참입니다. 두 겹의 가죽을 맞붙여 가장자리를 매끈하게 다듬었어요. 하트 크기 5cm, 스트랩을 포함한 길이는 12cm입니다.",
        price: 19000,
        daysAgo: 2,
        popularity: 25,
      },
      {
        key: "sonkkeut-glasses-case",
        categorySlug: "leather-goods",
        title: "소가죽 안경 케이스",
        description:
          "안경이나 선글라스를 넣기 좋은 부드러운 안경 케이스입니다. 안쪽에 극세사 안감을 덧대 렌즈에 흠집이 나지 않아요. 17×8cm로 가방 속에서도 자리를 적게 차지합니다.",
        price: 42000,
        daysAgo: 85,
        popularity: 65,
      },
    ],
  },
  {
    atelierKey: "hyanggirok",
    items: [
      {
        key: "hyanggirok-fig-candle",
        categorySlug: "candles-candles",
        title: "소이 캔들 — 무화과 향 200g",
        description:
          "무화과 잎의 싱그러움과 과육의 달콤함을 담은 소이 캔들입니다. 100% 소이 왁스와 코튼 심지를 사용해 그을음이 적고 향이 은은하게 퍼져요. 200g, 약 40시간 연소되며 처음 켤 때는 표면 전체가 녹을 때까지 2시간 정도 켜 주세요.",
        price: 26000,
        daysAgo: 150,
        popularity: 290,
      },
      {
        key: "hyanggirok-lavender-candle",
        categorySlug: "candles-candles",
        title: "라벤더 앤 세이지 소이 캔들 120g",
        description:
          "라벤더와 클라리 세이지를 블렌딩해 잠들기 전에 켜 두기 좋은 캔들입니다. 작은 사이즈라 침실이나 욕실에도 부담이 없어요. 120g, 약 25시간 연소됩니다.",
        price: 19000,
        daysAgo: 80,
        popularity: 170,
      },
      {
        key: "hyanggirok-woodwick-candle",
        categorySlug: "candles-candles",
        title: "우드윅 캔들 — 시더우드 & 앰버 300g",
        description:
          "불을 붙이면 장작처럼 타닥타닥 소리가 나는 나무 심지 캔들입니다. 따뜻한 시더우드와 앰버 향이 거실을 아늑하게 채워 줘요. 300g, 약 55시간 연소되며 심지는 5mm 정도로 다듬어 사용해 주세요.",
        price: 36000,
        originalPrice: 40000,
        daysAgo: 40,
        popularity: 210,
      },
      {
        key: "hyanggirok-travel-tin-set",
        categorySlug: "candles-candles",
        title: "틴 케이스 여행용 캔들 3종 세트",
        description:
          "뚜껑이 있는 틴 케이스에 담아 여행이나 캠핑에 들고 가기 좋은 미니 캔들 세트입니다. 무화과, 라벤더, 화이트 머스크 세 가지 향으로 구성되어 있어요. 각 50g, 약 12시간 연소됩니다.",
        price: 24000,
        daysAgo: 10,
        popularity: 95,
      },
      {
        key: "hyanggirok-white-musk-diffuser",
        categorySlug: "candles-diffusers",
        title: "리드 디퓨저 200ml — 화이트 머스크",
        description:
          "갓 세탁한 이불 같은 포근한 화이트 머스크 향의 디퓨저입니다. 유리병과 라탄 리드 스틱 8개가 함께 구성되어 있어요. 약 2~3개월 사용할 수 있고, 향이 약해지면 리드를 뒤집어 꽂아 주세요.",
        price: 32000,
        daysAgo: 120,
        popularity: 180,
      },
      {
        key: "hyanggirok-car-plaster",
        categorySlug: "candles-diffusers",
        title: "차량용 석고 방향제 — 베르가못",
        description:
          "석고 태블릿에 향 오일을 떨어뜨려 쓰는 걸이형 방향제입니다. 차 안 룸미러나 옷장 속에 걸어 두기 좋아요. 리필 오일 10ml가 함께 들어 있습니다.",
        price: 16000,
        daysAgo: 55,
        popularity: 75,
      },
      {
        key: "hyanggirok-room-spray",
        categorySlug: "candles-diffusers",
        title: "룸 & 패브릭 스프레이 100ml — 무화과",
        description:
          "커튼이나 침구에 가볍게 뿌리는 룸 스프레이입니다. 빠르게 마르는 제형이라 얼룩이 남지 않아요. 100ml이며 20cm 정도 거리를 두고 뿌려 주세요.",
        price: 22000,
        daysAgo: 20,
        popularity: 60,
      },
      {
        key: "hyanggirok-fig-perfume",
        categorySlug: "candles-perfumes",
        title: "오 드 퍼퓸 — 무화과 나무 아래 50ml",
        description:
          "여름날 무화과 나무 그늘 아래를 떠올리며 블렌딩한 향수입니다. 그린한 첫 향이 지나면 부드러운 우디 머스크가 오래 남아요. 50ml, 부향률 18%입니다.",
        price: 89000,
        originalPrice: 98000,
        daysAgo: 100,
        popularity: 230,
      },
      {
        key: "hyanggirok-solid-perfume",
        categorySlug: "candles-perfumes",
        title: "고체 향수 — 로즈 앤 피오니 15g",
        description:
          "손목이나 귀 뒤에 살짝 바르는 밤 타입 고체 향수입니다. 밀랍과 호호바 오일을 베이스로 해 바른 자리가 촉촉해져요. 15g, 주머니에 쏙 들어가는 틴 케이스에 담겨 있습니다.",
        price: 24000,
        daysAgo: 35,
        popularity: 120,
      },
      {
        key: "hyanggirok-perfume-sampler",
        categorySlug: "candles-perfumes",
        title: "향수 미니어처 5종 시향 세트 (각 5ml)",
        description:
          "향기록의 시그니처 향수 다섯 가지를 5ml씩 담은 시향 세트입니다. 여러 향을 차례로 써 보며 나에게 맞는 향을 찾기 좋아요. 작은 유리병이라 파우치에 넣어 다니기에도 좋습니다.",
        price: 35000,
        daysAgo: 3,
        popularity: 50,
      },
    ],
  },
  {
    atelierKey: "baramgyeol",
    items: [
      {
        key: "baramgyeol-camellia-candle",
        categorySlug: "candles-candles",
        title: "제주 동백 소이 캔들 180g",
        description:
          "겨울 제주에 피는 동백꽃의 은은한 향을 담은 캔들입니다. 붉은 유리 용기에 불을 켜면 동백 빛이 부드럽게 번져요. 180g, 약 35시간 연소됩니다.",
        price: 28000,
        daysAgo: 130,
        popularity: 200,
      },
      {
        key: "baramgyeol-citrus-blossom-candle",
        categorySlug: "candles-candles",
        title: "귤꽃 향 캔들 — 애월의 봄 200g",
        description:
          "봄이면 애월 귤밭에 가득한 귤꽃 향을 옮긴 캔들입니다. 상큼한 시트러스와 달콤한 화이트 플로럴이 어우러져요. 200g, 약 40시간 연소되며 불을 켠 채 자리를 비우지 마세요.",
        price: 27000,
        daysAgo: 60,
        popularity: 160,
      },
      {
        key: "baramgyeol-sea-layer-candle",
        categorySlug: "candles-candles",
        title: "바다 레이어 캔들 — 모래와 파도",
        description:
          "모래빛 왁스 위에 파도색 젤 왁스를 층층이 부어 만든 바다 캔들입니다. 작은 조개껍데기를 얹어 켜지 않아도 인테리어 소품이 되어요. 지름 8cm, 높이 9cm이며 무향과 바다 향 중에서 고를 수 있습니다.",
        price: 32000,
        originalPrice: 36000,
        daysAgo: 25,
        popularity: 220,
      },
      {
        key: "baramgyeol-cedar-pillar",
        categorySlug: "candles-candles",
        title: "필라 캔들 — 삼나무 숲",
        description:
          "용기 없이 단단하게 굳힌 원기둥 모양의 필라 캔들입니다. 제주 삼나무 숲의 촉촉한 흙과 나무 향이 나요. 지름 7cm, 높이 10cm이며 꼭 내열 받침 위에서 사용해 주세요.",
        price: 23000,
        daysAgo: 90,
        popularity: 80,
      },
      {
        key: "baramgyeol-gift-set",
        categorySlug: "candles-candles",
        title: "미니 캔들 선물 세트 — 동백·귤꽃",
        description:
          "동백과 귤꽃 미니 캔들 두 개에 제주 그림 성냥을 함께 담은 선물 세트입니다. 리본을 묶은 크라프트 상자에 포장해 드려요. 각 80g, 약 18시간 연소됩니다.",
        price: 34000,
        daysAgo: 7,
        popularity: 65,
      },
      {
        key: "baramgyeol-cedar-diffuser",
        categorySlug: "candles-diffusers",
        title: "삼나무 숲 디퓨저 150ml",
        description:
          "비 온 뒤 삼나무 숲을 걷는 듯한 촉촉한 우디 향의 디퓨저입니다. 갈색 유리병이 빛을 막아 향이 오래 유지돼요. 150ml, 약 2개월 사용할 수 있습니다.",
        price: 29000,
        daysAgo: 110,
        popularity: 140,
      },
      {
        key: "baramgyeol-flower-diffuser",
        categorySlug: "candles-diffusers",
        title: "드라이플라워 디퓨저 — 동백 200ml",
        description:
          "리드 스틱 사이에 말린 꽃과 솔라우드 꽃을 꽂아 만든 플라워 디퓨저입니다. 꽃잎이 향을 머금어 천천히 퍼뜨리고, 꽃 자체로도 장식이 되어요. 200ml, 약 3개월 사용할 수 있습니다.",
        price: 38000,
        daysAgo: 45,
        popularity: 120,
      },
      {
        key: "baramgyeol-sachet-set",
        categorySlug: "candles-diffusers",
        title: "옷장용 향기 사쉐 3P",
        description:
          "옷장이나 신발장에 걸어 두는 향주머니 세 개 세트입니다. 향을 머금은 알갱이가 들어 있어 한 달가량 향이 나요. 동백, 귤꽃, 삼나무 향이 하나씩 들어 있습니다.",
        price: 15000,
        daysAgo: 15,
        popularity: 55,
      },
      {
        key: "baramgyeol-tangerine-plaster",
        categorySlug: "candles-diffusers",
        title: "귤 모양 석고 방향제 2P",
        description:
          "귤 모양으로 빚은 석고에 귤꽃 향 오일을 입힌 방향제입니다. 책상이나 현관에 올려 두면 은은한 향이 퍼져요. 향이 옅어지면 함께 드리는 리필 오일을 몇 방울 떨어뜨려 주세요.",
        price: 18000,
        daysAgo: 1,
        popularity: 15,
      },
      {
        key: "baramgyeol-jeju-wind-edt",
        categorySlug: "candles-perfumes",
        title: "제주 바람 오 드 투알렛 30ml",
        description:
          "애월 바다에 부는 바람처럼 가볍고 시원한 마린 계열 향수입니다. 부향률이 낮아 출근길이나 운동 후에도 부담 없이 뿌리기 좋아요. 30ml, 휴대하기 좋은 크기입니다.",
        price: 58000,
        daysAgo: 70,
        popularity: 110,
      },
    ],
  },
  {
    atelierKey: "soso",
    items: [
      {
        key: "soso-thin-daily-ring",
        categorySlug: "accessories-rings",
        title: "925 실버 얇은 데일리 반지 1mm",
        description:
          "1mm 두께의 얇은 실버 반지로 여러 개 겹쳐 끼기 좋아요. 유광과 무광 중 원하는 마감을 고를 수 있습니다. 호수는 3호부터 20호까지 주문 제작되며, 보관할 때는 지퍼백에 넣어 공기와 닿지 않게 해 주세요.",
        price: 18000,
        daysAgo: 160,
        popularity: 300,
      },
      {
        key: "soso-hammered-ring",
        categorySlug: "accessories-rings",
        title: "망치 자국 실버 반지",
        description:
          "은 막대를 망치로 두드려 빛이 잘게 부서지는 표면을 만든 반지입니다. 두께 2.5mm로 존재감이 있으면서도 손에 걸리지 않아요. 주문 후 호수에 맞춰 제작해 5~7일 뒤 발송됩니다.",
        price: 32000,
        daysAgo: 75,
        popularity: 180,
      },
      {
        key: "soso-birthstone-ring",
        categorySlug: "accessories-rings",
        title: "탄생석 실버 반지",
        description:
          "작은 탄생석 하나를 물린 실버 반지입니다. 열두 달 탄생석 가운데 원하는 돌을 고를 수 있어 생일 선물로 많이 찾으세요. 스톤 지름 3mm, 밴드 두께 1.3mm입니다.",
        price: 38000,
        originalPrice: 42000,
        daysAgo: 50,
        popularity: 240,
      },
      {
        key: "soso-couple-rings",
        categorySlug: "accessories-rings",
        title: "각인 커플 반지 세트 (2개)",
        description:
          "안쪽에 이름이나 날짜를 새길 수 있는 커플 반지 두 개 세트입니다. 납작한 플랫 밴드라 오래 껴도 편하고, 잔흠집이 생겨도 자연스러워요. 각인은 한글, 영문, 숫자 모두 가능하며 반지 하나에 10자까지입니다.",
        price: 98000,
        originalPrice: 110000,
        daysAgo: 20,
        popularity: 140,
      },
      {
        key: "soso-ball-studs",
        categorySlug: "accessories-earrings",
        title: "은구슬 미니 귀걸이",
        description:
          "2.5mm 작은 은구슬이 귓불에 콕 박힌 듯한 미니 귀걸이입니다. 잠들 때도 빼지 않을 만큼 가볍고 편해요. 침까지 925 실버로 만들었습니다.",
        price: 14000,
        daysAgo: 140,
        popularity: 210,
      },
      {
        key: "soso-hoop-earrings",
        categorySlug: "accessories-earrings",
        title: "실버 링 귀걸이 12mm",
        description:
          "지름 12mm의 동그란 링 귀걸이로 원터치 잠금이라 혼자서도 쉽게 끼울 수 있어요. 데일리로 하기 좋은 두께 1.5mm입니다. 한 쌍 가격입니다.",
        price: 28000,
        daysAgo: 95,
        popularity: 160,
      },
      {
        key: "soso-drop-earrings",
        categorySlug: "accessories-earrings",
        title: "물방울 드롭 귀걸이",
        description:
          "물방울 모양의 은판이 걸을 때마다 살랑 흔들리는 드롭 귀걸이입니다. 표면을 살짝 두드려 빛을 받으면 잔잔하게 반짝여요. 길이는 2.8cm입니다.",
        price: 34000,
        daysAgo: 30,
        popularity: 120,
      },
      {
        key: "soso-ear-cuff",
        categorySlug: "accessories-earrings",
        title: "두 줄 실버 이어커프",
        description:
          "귀를 뚫지 않아도 끼울 수 있는 두 줄 이어커프입니다. 귓바퀴에 맞게 살짝 벌렸다 오므려 착용해요. 한 개 가격이며, 양쪽을 원하시면 수량을 2개로 주문해 주세요.",
        price: 19000,
        daysAgo: 9,
        popularity: 70,
      },
      {
        key: "soso-crescent-necklace",
        categorySlug: "accessories-necklaces",
        title: "초승달 실버 목걸이",
        description:
          "가느다란 초승달 펜던트가 쇄골 위에 얌전히 놓이는 목걸이입니다. 체인 길이 40cm에 5cm 연장 체인이 있어 길이를 조절할 수 있어요. 샤워나 수영 전에는 빼 두시길 권해 드립니다.",
        price: 36000,
        daysAgo: 110,
        popularity: 230,
      },
      {
        key: "soso-initial-coin-necklace",
        categorySlug: "accessories-necklaces",
        title: "이니셜 각인 코인 목걸이",
        description:
          "지름 1cm 은 코인에 이니셜 하나를 새겨 드리는 목걸이입니다. 뒷면에도 짧은 날짜나 글자를 추가로 새길 수 있어요. 체인 길이는 45cm이며 선물 상자에 담아 보내드립니다.",
        price: 42000,
        daysAgo: 40,
        popularity: 150,
      },
      {
        key: "soso-ball-chain-bracelet",
        categorySlug: "accessories-bracelets",
        title: "볼 포인트 실버 체인 팔찌",
        description:
          "가는 체인 중간에 작은 은볼 세 개를 달아 포인트를 준 팔찌입니다. 손목 둘레 15cm에 2cm 연장 체인이 있어요. 시계와 함께 레이어드하기 좋습니다.",
        price: 29000,
        daysAgo: 65,
        popularity: 100,
      },
    ],
  },
  {
    atelierKey: "mulgyeol",
    items: [
      {
        key: "mulgyeol-baroque-pearl-ring",
        categorySlug: "accessories-rings",
        title: "바로크 진주 반지 — 14K 골드필드",
        description:
          "알이 고르지 않은 바로크 담수진주를 골드필드 와이어로 감싸 만든 반지입니다. 진주마다 모양과 광이 달라 같은 반지가 하나도 없어요. 와이어 링이라 호수를 살짝 조절할 수 있습니다.",
        price: 45000,
        daysAgo: 100,
        popularity: 190,
      },
      {
        key: "mulgyeol-aquamarine-ring",
        categorySlug: "accessories-rings",
        title: "아쿠아마린 원석 실버 반지",
        description:
          "바다 빛을 닮은 아쿠아마린 원석을 은 밴드에 물린 반지입니다. 원석 표면을 일부러 거칠게 남겨 바닷가 조약돌 같은 느낌이 나요. 원석 크기는 약 6mm이고 호수는 주문 제작합니다.",
        price: 58000,
        daysAgo: 35,
        popularity: 130,
      },
      {
        key: "mulgyeol-pearl-drop-earrings",
        categorySlug: "accessories-earrings",
        title: "담수진주 드롭 귀걸이",
        description:
          "작은 담수진주가 귓불 아래에서 흔들리는 드롭 귀걸이입니다. 14K 골드필드 후크를 사용해 물에 닿아도 쉽게 변색되지 않아요. 진주 지름 약 7mm, 전체 길이 2.5cm입니다.",
        price: 39000,
        daysAgo: 120,
        popularity: 250,
      },
      {
        key: "mulgyeol-shell-earrings",
        categorySlug: "accessories-earrings",
        title: "조개 모양 골드 귀걸이",
        description:
          "영도 바닷가에서 주운 조개껍데기를 본떠 만든 작은 귀걸이입니다. 은 위에 금도금을 두껍게 올려 따뜻한 빛이 나요. 지름 1.2cm이며 침은 925 실버입니다.",
        price: 33000,
        daysAgo: 14,
        popularity: 90,
      },
      {
        key: "mulgyeol-single-pearl-necklace",
        categorySlug: "accessories-necklaces",
        title: "한 알 진주 목걸이",
        description:
          "가느다란 골드필드 체인에 진주 한 알을 띄운 심플한 목걸이입니다. 매일 해도 질리지 않는 기본 아이템이라 선물로 인기가 많아요. 체인 42cm, 진주 지름 약 8mm입니다.",
        price: 49000,
        originalPrice: 55000,
        daysAgo: 80,
        popularity: 260,
      },
      {
        key: "mulgyeol-wave-necklace",
        categorySlug: "accessories-necklaces",
        title: "물결 라인 실버 목걸이",
        description:
          "파도의 곡선을 은선 하나로 구부려 만든 펜던트 목걸이입니다. 빛을 받으면 곡선을 따라 반짝임이 흘러가요. 펜던트 2cm, 체인 45cm입니다.",
        price: 38000,
        daysAgo: 50,
        popularity: 110,
      },
      {
        key: "mulgyeol-labradorite-necklace",
        categorySlug: "accessories-necklaces",
        title: "라브라도라이트 원석 목걸이",
        description:
          "빛의 각도에 따라 푸른빛이 번지는 라브라도라이트 원석 목걸이입니다. 원석을 매끈하게 연마하지 않고 자연스러운 형태 그대로 감쌌어요. 원석 크기 약 1.5cm, 체인 45cm입니다.",
        price: 52000,
        daysAgo: 5,
        popularity: 40,
      },
      {
        key: "mulgyeol-sea-bead-bracelet",
        categorySlug: "accessories-bracelets",
        title: "천연석 비즈 팔찌 — 바다 빛",
        description:
          "아쿠아마린, 문스톤, 담수진주를 섞어 엮은 비즈 팔찌입니다. 탄성 있는 줄이라 손에 끼우고 빼기 편해요. 손목 둘레 15~16cm이며 사이즈 요청이 가능합니다.",
        price: 32000,
        daysAgo: 90,
        popularity: 170,
      },
      {
        key: "mulgyeol-pearl-chain-bracelet",
        categorySlug: "accessories-bracelets",
        title: "미니 진주 체인 팔찌",
        description:
          "3mm 작은 진주 다섯 알을 체인 사이사이에 엮은 팔찌입니다. 14K 골드필드 체인이라 물에 강하고 오래 착용할 수 있어요. 길이 15cm에 연장 체인 3cm가 있습니다.",
        price: 42000,
        daysAgo: 25,
        popularity: 100,
      },
      {
        key: "mulgyeol-ripple-bangle",
        categorySlug: "accessories-bracelets",
        title: "윤슬 텍스처 실버 뱅글",
        description:
          "표면을 잘게 두드려 물비늘처럼 반짝이는 실버 뱅글입니다. 한쪽이 열려 있어 손목에 맞게 살짝 조절할 수 있어요. 두께 3mm, 내경 5.8cm입니다.",
        price: 68000,
        daysAgo: 150,
        popularity: 120,
      },
    ],
  },
  {
    atelierKey: "namugyeot",
    items: [
      {
        key: "namugyeot-walnut-teaspoon",
        categorySlug: "woodwork-kitchen",
        title: "손으로 깎은 월넛 티스푼",
        description:
          "월넛 원목을 조각칼로 한 자루씩 깎아 만든 티스푼입니다. 잼이나 꿀을 뜨기 좋은 작은 크기로, 손끝에 닿는 결이 부드러워요. 길이 13cm이며 사용 후 바로 씻어 말리고 가끔 식용 오일을 발라 주세요.",
        price: 15000,
        daysAgo: 140,
        popularity: 220,
      },
      {
        key: "namugyeot-cherry-sujeo",
        categorySlug: "woodwork-kitchen",
        title: "체리 원목 수저 세트 (숟가락·젓가락)",
        description:
          "결이 고운 체리 원목으로 만든 숟가락과 젓가락 한 벌입니다. 식물성 오일로만 마감해 따뜻한 나무 색이 그대로 살아 있어요. 숟가락 21cm, 젓가락 22.5cm입니다.",
        price: 26000,
        daysAgo: 100,
        popularity: 150,
      },
      {
        key: "namugyeot-maple-spatula",
        categorySlug: "woodwork-kitchen",
        title: "메이플 원목 주걱 뒤집개",
        description:
          "코팅 팬을 긁지 않는 단단한 메이플 원목 주걱입니다. 한쪽 모서리를 비스듬히 깎아 볶음 요리를 뒤집기 좋아요. 길이 30cm이며 식기세척기 사용은 피해 주세요.",
        price: 22000,
        daysAgo: 60,
        popularity: 90,
      },
      {
        key: "namugyeot-butter-knife-pair",
        categorySlug: "woodwork-kitchen",
        title: "원목 버터나이프 2P",
        description:
          "빵에 버터나 잼을 바르기 좋은 넓적한 버터나이프 두 개 세트입니다. 월넛과 메이플 한 개씩으로 구성되어 있어요. 길이는 17cm입니다.",
        price: 18000,
        daysAgo: 20,
        popularity: 110,
      },
      {
        key: "namugyeot-serving-spoon",
        categorySlug: "woodwork-kitchen",
        title: "월넛 서빙 스푼 (대)",
        description:
          "샐러드나 덮밥을 덜어 먹기 좋은 넉넉한 크기의 서빙 스푼입니다. 손잡이 끝을 살짝 휘게 깎아 그릇에 걸쳐 둘 수 있어요. 길이는 28cm입니다.",
        price: 28000,
        daysAgo: 4,
        popularity: 30,
      },
      {
        key: "namugyeot-walnut-board",
        categorySlug: "woodwork-boards",
        title: "월넛 원목 손잡이 도마 35cm",
        description:
          "통원목 월넛을 잘라 만든 손잡이형 도마입니다. 칼자국이 잘 남지 않는 단단한 나무라 매일 써도 오래가요. 35×20×2cm이며 사용 후 세워서 말리고 한 달에 한 번 도마 오일을 발라 주세요.",
        price: 58000,
        originalPrice: 65000,
        daysAgo: 130,
        popularity: 280,
      },
      {
        key: "namugyeot-round-board",
        categorySlug: "woodwork-boards",
        title: "체리 원목 원형 도마 25cm",
        description:
          "치즈나 과일을 올려 그대로 식탁에 내기 좋은 원형 도마입니다. 가죽 끈이 달려 있어 주방 벽에 걸어 두어도 예뻐요. 지름 25cm, 두께 2cm입니다.",
        price: 42000,
        daysAgo: 80,
        popularity: 160,
      },
      {
        key: "namugyeot-bread-board",
        categorySlug: "woodwork-boards",
        title: "바게트 서빙 도마 — 긴 빵 도마",
        description:
          "바게트 한 개가 통째로 올라가는 길쭉한 빵 도마입니다. 가장자리에 빵가루가 모이는 얕은 홈을 팠어요. 55×15cm 크기의 오크 원목입니다.",
        price: 49000,
        daysAgo: 40,
        popularity: 85,
      },
      {
        key: "namugyeot-mini-board-pair",
        categorySlug: "woodwork-boards",
        title: "손바닥 미니 도마 2P",
        description:
          "과일 하나, 마늘 몇 쪽 썰기 좋은 작은 도마 두 개 세트입니다. 가벼워서 캠핑이나 피크닉에 챙겨 가기에도 좋아요. 20×12cm, 월넛과 메이플 각 1개입니다.",
        price: 29000,
        daysAgo: 15,
        popularity: 120,
      },
      {
        key: "namugyeot-mini-stool",
        categorySlug: "woodwork-furniture",
        title: "원목 미니 스툴 — 발받침 겸용",
        description:
          "높이 25cm의 낮은 스툴로 현관에서 신발을 신을 때나 발받침으로 쓰기 좋아요. 다리 네 개를 장부맞춤으로 끼워 넣어 가볍지만 튼튼합니다. 상판 30×22cm, 오일 마감입니다.",
        price: 78000,
        daysAgo: 70,
        popularity: 130,
      },
    ],
  },
  {
    atelierKey: "gyeol",
    items: [
      {
        key: "gyeol-persimmon-chopsticks",
        categorySlug: "woodwork-kitchen",
        title: "먹감나무 젓가락 2벌",
        description:
          "먹물이 번진 듯한 무늬가 있는 먹감나무로 깎은 젓가락 두 벌입니다. 끝을 가늘게 다듬어 작은 반찬도 잘 집혀요. 길이 23cm이며 옻칠로 마감해 물에 강합니다.",
        price: 32000,
        daysAgo: 55,
        popularity: 75,
      },
      {
        key: "gyeol-lattice-tray",
        categorySlug: "woodwork-boards",
        title: "한옥 창살 원목 트레이",
        description:
          "한옥 창살 무늬를 바닥에 새긴 사각 트레이입니다. 찻잔과 다과를 올려 나르기 좋고, 그 자체로 인테리어 소품이 되어요. 36×26cm, 높이 3cm의 오크 원목입니다.",
        price: 54000,
        daysAgo: 120,
        popularity: 150,
      },
      {
        key: "gyeol-oval-tray",
        categorySlug: "woodwork-boards",
        title: "월넛 타원 트레이",
        description:
          "가장자리를 부드럽게 깎아 올린 타원 트레이입니다. 향수나 액세서리를 올려 두는 화장대 트레이로도 좋아요. 30×18cm, 월넛 원목에 오일 마감했습니다.",
        price: 39000,
        daysAgo: 30,
        popularity: 95,
      },
      {
        key: "gyeol-endgrain-board",
        categorySlug: "woodwork-boards",
        title: "엔드그레인 원목 도마",
        description:
          "나무 단면을 세워 붙인 엔드그레인 도마로, 칼날이 나뭇결 사이로 들어가 칼이 쉽게 무뎌지지 않아요. 체커보드처럼 보이는 무늬가 특징입니다. 38×28×3.5cm, 무게는 약 2.5kg입니다.",
        price: 128000,
        originalPrice: 140000,
        daysAgo: 90,
        popularity: 200,
      },
      {
        key: "gyeol-joinery-stool",
        categorySlug: "woodwork-furniture",
        title: "짜맞춤 원목 스툴",
        description:
          "못 없이 나무끼리 짜 맞춰 만든 원목 스툴입니다. 앉는 면을 살짝 오목하게 깎아 오래 앉아도 편해요. 높이 45cm, 상판 지름 32cm의 애쉬 원목입니다.",
        price: 148000,
        daysAgo: 150,
        popularity: 190,
      },
      {
        key: "gyeol-soban-side-table",
        categorySlug: "woodwork-furniture",
        title: "소반 스타일 원목 협탁",
        description:
          "한국 전통 소반의 다리 모양을 빌려 만든 작은 협탁입니다. 침대 옆에 두고 스탠드와 책 한 권을 올려 두기 좋아요. 높이 50cm, 상판 40×40cm입니다.",
        price: 198000,
        originalPrice: 220000,
        daysAgo: 60,
        popularity: 110,
      },
      {
        key: "gyeol-wall-shelf",
        categorySlug: "woodwork-furniture",
        title: "원목 벽선반 60cm",
        description:
          "벽에 나사 두 개로 고정하는 간결한 원목 선반입니다. 작은 화분이나 책 몇 권, 캔들을 올려 두기 좋아요. 60×15cm 크기이며 약 10kg까지 올릴 수 있습니다.",
        price: 68000,
        daysAgo: 25,
        popularity: 70,
      },
      {
        key: "gyeol-book-stand",
        categorySlug: "woodwork-furniture",
        title: "원목 독서대 (북스탠드)",
        description:
          "각도를 세 단계로 조절할 수 있는 원목 독서대입니다. 책장을 잡아 주는 받침이 있어 요리책을 펼쳐 두기에도 좋아요. 32×24cm, 체리 원목입니다.",
        price: 56000,
        daysAgo: 10,
        popularity: 65,
      },
      {
        key: "gyeol-kids-chair",
        categorySlug: "woodwork-furniture",
        title: "어린이 원목 의자",
        description:
          "아이 키에 맞춰 만든 등받이 있는 작은 의자입니다. 모서리를 모두 둥글게 다듬어 부딪혀도 덜 아파요. 좌판 높이 28cm이며 무독성 오일로 마감했습니다.",
        price: 118000,
        daysAgo: 2,
        popularity: 20,
      },
    ],
  },
  {
    atelierKey: "teolsil",
    items: [
      {
        key: "teolsil-merino-scarf",
        categorySlug: "knitting-scarves",
        title: "메리노 울 손뜨개 목도리",
        description:
          "부드러운 메리노 울 100% 실로 한 코씩 떠서 만든 목도리입니다. 목에 닿아도 따갑지 않고 가볍게 따뜻해요. 길이 170cm, 폭 22cm이며 찬물에 울 샴푸로 손세탁한 뒤 뉘어서 말려 주세요.",
        price: 68000,
        daysAgo: 160,
        popularity: 270,
      },
      {
        key: "teolsil-cable-scarf",
        categorySlug: "knitting-scarves",
        title: "꽈배기 무늬 목도리 — 오트밀",
        description:
          "굵은 꽈배기 무늬가 입체적으로 도드라지는 목도리입니다. 오트밀 색이라 어떤 코트에도 잘 어울려요. 길이 160cm, 폭 20cm이며 울 70%, 알파카 30%입니다.",
        price: 78000,
        originalPrice: 86000,
        daysAgo: 130,
        popularity: 230,
      },
      {
        key: "teolsil-stripe-scarf",
        categorySlug: "knitting-scarves",
        title: "줄무늬 캐시미어 혼방 목도리",
        description:
          "세 가지 색이 번갈아 지나가는 줄무늬 목도리입니다. 캐시미어 혼방사라 촉감이 보드랍고 보풀이 적어요. 길이 180cm, 폭 25cm이며 양 끝에 술 장식이 있습니다.",
        price: 89000,
        daysAgo: 70,
        popularity: 180,
      },
      {
        key: "teolsil-kids-pompom-scarf",
        categorySlug: "knitting-scarves",
        title: "방울 달린 어린이 목도리",
        description:
          "아이 목에 두르기 좋은 짧은 길이의 뜨개 목도리입니다. 양 끝에 폭신한 방울을 달아 귀여움을 더했어요. 길이 100cm, 폭 12cm이며 세탁망에 넣어 울 코스로 세탁할 수 있습니다.",
        price: 35000,
        daysAgo: 40,
        popularity: 90,
      },
      {
        key: "teolsil-rib-snood",
        categorySlug: "knitting-scarves",
        title: "골지 넥워머 스누드",
        description:
          "머리에서 쏙 넣어 쓰는 원통형 넥워머입니다. 골지 뜨개라 신축성이 좋아 목에 답답하지 않게 감겨요. 둘레 56cm, 높이 22cm입니다.",
        price: 39000,
        daysAgo: 6,
        popularity: 55,
      },
      {
        key: "teolsil-rib-beanie",
        categorySlug: "knitting-hats",
        title: "메리노 울 골지 비니",
        description:
          "머리를 포근하게 감싸는 기본 골지 비니입니다. 밑단을 두 번 접어 쓸 수 있어 귀까지 따뜻해요. 머리둘레 54~58cm에 맞고 여덟 가지 색상이 있습니다.",
        price: 42000,
        daysAgo: 110,
        popularity: 240,
      },
      {
        key: "teolsil-fairisle-pompom-beanie",
        categorySlug: "knitting-hats",
        title: "페어아일 방울 비니",
        description:
          "노르딕 느낌의 페어아일 무늬를 넣고 위에 큰 털방울을 단 비니입니다. 털방울은 똑딱이로 떼었다 붙일 수 있어 세탁이 편해요. 머리둘레 54~58cm에 맞습니다.",
        price: 52000,
        daysAgo: 80,
        popularity: 170,
      },
      {
        key: "teolsil-cotton-bucket-hat",
        categorySlug: "knitting-hats",
        title: "코튼 뜨개 버킷햇",
        description:
          "봄가을에 쓰기 좋은 코튼사 뜨개 버킷햇입니다. 챙 부분을 촘촘하게 떠서 모양이 잘 유지돼요. 머리둘레 56~58cm이며 접어서 가방에 넣어 다녀도 됩니다.",
        price: 46000,
        daysAgo: 20,
        popularity: 95,
      },
      {
        key: "teolsil-kids-earflap-hat",
        categorySlug: "knitting-hats",
        title: "아이용 귀달이 털모자",
        description:
          "귀를 덮는 귀달이와 끈이 달린 아이용 털모자입니다. 안쪽에 부드러운 플리스 안감을 덧대 까슬거리지 않아요. 머리둘레 48~52cm(3~6세)에 맞습니다.",
        price: 38000,
        daysAgo: 12,
        popularity: 50,
      },
      {
        key: "teolsil-net-market-bag",
        categorySlug: "knitting-bags",
        title: "네트 뜨개 장바구니",
        description:
          "코튼 끈으로 그물처럼 떠서 만든 장바구니입니다. 접으면 주먹만 해지고, 펼치면 대파와 우유까지 넉넉히 들어가요. 손잡이를 포함한 높이 60cm, 최대 하중은 약 5kg입니다.",
        price: 29000,
        daysAgo: 55,
        popularity: 120,
      },
    ],
  },
  {
    atelierKey: "pogeun",
    items: [
      {
        key: "pogeun-raffia-tote",
        categorySlug: "knitting-bags",
        title: "라피아 뜨개 토트백",
        description:
          "종이 라피아 실로 촘촘하게 떠서 만든 여름 토트백입니다. 가볍고 통기성이 좋아 바닷가나 여름 나들이에 잘 어울려요. 32×25×10cm이며 안감이 있습니다.",
        price: 58000,
        originalPrice: 64000,
        daysAgo: 90,
        popularity: 200,
      },
      {
        key: "pogeun-granny-square-bag",
        categorySlug: "knitting-bags",
        title: "그래니 스퀘어 코바늘 숄더백",
        description:
          "작은 꽃무늬 그래니 스퀘어를 이어 붙여 만든 숄더백입니다. 조각마다 색 조합이 달라 같은 가방이 하나도 없어요. 28×28cm, 어깨끈 길이는 60cm입니다.",
        price: 62000,
        daysAgo: 45,
        popularity: 180,
      },
      {
        key: "pogeun-phone-pouch",
        categorySlug: "knitting-bags",
        title: "뜨개 폰 파우치 (스트랩 포함)",
        description:
          "휴대폰 하나와 카드 한두 장이 들어가는 뜨개 파우치입니다. 긴 스트랩이 있어 크로스로 메고 산책하기 좋아요. 크기는 11×18cm입니다.",
        price: 26000,
        daysAgo: 15,
        popularity: 110,
      },
      {
        key: "pogeun-round-mini-bag",
        categorySlug: "knitting-bags",
        title: "나무 손잡이 동글 미니백",
        description:
          "동그란 모양의 작은 코바늘 가방으로 나무 링 손잡이가 달려 있어요. 립스틱과 카드지갑 정도가 들어가는 크기입니다. 지름은 18cm입니다.",
        price: 34000,
        daysAgo: 4,
        popularity: 60,
      },
      {
        key: "pogeun-bear-doll",
        categorySlug: "knitting-dolls",
        title: "곰돌이 뜨개 인형 25cm",
        description:
          "코튼사로 뜬 포근한 곰돌이 인형입니다. 눈과 코까지 모두 실로 수놓아 떨어질 부품이 없어요. 높이 25cm이며 세탁망에 넣어 손세탁해 주세요.",
        price: 48000,
        daysAgo: 120,
        popularity: 260,
      },
      {
        key: "pogeun-bunny-doll",
        categorySlug: "knitting-dolls",
        title: "긴 귀 토끼 애착인형",
        description:
          "길쭉한 귀를 가진 토끼 애착 인형입니다. 팔다리가 말랑해서 아이가 꼭 끌어안고 자기 좋아요. 귀를 포함한 높이 30cm, 코튼 100%입니다.",
        price: 52000,
        daysAgo: 75,
        popularity: 210,
      },
      {
        key: "pogeun-mini-bear-keyring",
        categorySlug: "knitting-dolls",
        title: "미니 곰 뜨개 키링",
        description:
          "가방에 달기 좋은 손가락만 한 미니 곰 키링입니다. 솜을 단단하게 채워 오래 달고 다녀도 모양이 잘 유지돼요. 높이 7cm이며 은색 고리가 달려 있습니다.",
        price: 16000,
        daysAgo: 35,
        popularity: 190,
      },
      {
        key: "pogeun-daisy-coasters",
        categorySlug: "knitting-dolls",
        title: "데이지 뜨개 코스터 4P",
        description:
          "데이지 꽃 모양으로 뜬 코스터 네 장 세트입니다. 컵 받침은 물론 작은 화분 받침으로도 귀여워요. 지름 11cm, 면사라 세탁기 사용이 가능합니다.",
        price: 18000,
        daysAgo: 60,
        popularity: 140,
      },
      {
        key: "pogeun-cheese-cat-doll",
        categorySlug: "knitting-dolls",
        title: "치즈냥 고양이 뜨개 인형",
        description:
          "노란 줄무늬 치즈 고양이를 닮은 뜨개 인형입니다. 솜을 넉넉히 넣어 쓰다듬으면 말랑하게 눌려요. 높이 20cm, 코튼 100%입니다.",
        price: 45000,
        daysAgo: 1,
        popularity: 12,
      },
    ],
  },
  {
    atelierKey: "cheonjogak",
    items: [
      {
        key: "cheonjogak-linen-zip-pouch",
        categorySlug: "fabric-pouches",
        title: "워싱 리넨 지퍼 파우치 (중)",
        description:
          "도톰한 워싱 리넨으로 만든 지퍼 파우치입니다. 화장품이나 충전기, 필기구를 나눠 담기 좋아요. 22×15cm이며 안쪽에 방수 안감을 덧댔고, 30도 이하 물에서 손세탁해 주세요.",
        price: 19000,
        daysAgo: 130,
        popularity: 180,
      },
      {
        key: "cheonjogak-wildflower-pouch",
        categorySlug: "fabric-pouches",
        title: "실크스크린 들꽃 파우치",
        description:
          "직접 그린 들꽃 도안을 한 장씩 실크스크린으로 찍은 파우치입니다. 잉크가 천에 스며들어 세탁해도 쉽게 바래지 않아요. 20×14cm 크기의 코튼 캔버스입니다.",
        price: 22000,
        daysAgo: 50,
        popularity: 140,
      },
      {
        key: "cheonjogak-quilted-pouch",
        categorySlug: "fabric-pouches",
        title: "체크 누빔 파우치",
        description:
          "얇은 솜을 넣고 촘촘하게 누벼 폭신한 파우치입니다. 손거울이나 이어폰처럼 흠집 나기 쉬운 물건을 담기 좋아요. 18×12cm이며 세탁기 울 코스를 사용할 수 있습니다.",
        price: 24000,
        daysAgo: 20,
        popularity: 100,
      },
      {
        key: "cheonjogak-patchwork-pouch",
        categorySlug: "fabric-pouches",
        title: "자투리 천 패치워크 파우치",
        description:
          "작업하고 남은 천 조각을 이어 붙여 만든 파우치입니다. 조각 배치가 모두 달라 어떤 무늬가 올지 기다리는 재미가 있어요. 16×11cm이며 색상은 랜덤입니다.",
        price: 15000,
        daysAgo: 3,
        popularity: 45,
      },
      {
        key: "cheonjogak-hill-ecobag",
        categorySlug: "fabric-totes",
        title: "캔버스 에코백 — 해방촌 언덕",
        description:
          "해방촌 언덕 풍경을 한 가지 색으로 찍어 낸 캔버스 에코백입니다. 10수 캔버스라 노트북을 넣어도 처지지 않을 만큼 튼튼해요. 36×40cm, 어깨끈 길이는 65cm입니다.",
        price: 28000,
        daysAgo: 150,
        popularity: 250,
      },
      {
        key: "cheonjogak-linen-market-tote",
        categorySlug: "fabric-totes",
        title: "접이식 리넨 장바구니 토트",
        description:
          "작게 접어 가방에 넣어 두었다가 장 볼 때 꺼내 쓰는 리넨 토트입니다. 바닥 폭을 넉넉히 잡아 우유 팩도 반듯하게 세워져요. 크기는 40×38×12cm입니다.",
        price: 25000,
        daysAgo: 65,
        popularity: 120,
      },
      {
        key: "cheonjogak-lunch-bag",
        categorySlug: "fabric-totes",
        title: "방수 안감 도시락 가방",
        description:
          "도시락통과 수저통이 함께 들어가는 작은 가방입니다. 안쪽에 방수 원단을 덧대 국물이 흘러도 쉽게 닦아 낼 수 있어요. 크기는 25×20×14cm입니다.",
        price: 23000,
        daysAgo: 12,
        popularity: 60,
      },
      {
        key: "cheonjogak-linen-cushion",
        categorySlug: "fabric-living",
        title: "리넨 쿠션 커버 45×45",
        description:
          "은은한 광택이 도는 워싱 리넨 쿠션 커버입니다. 숨은 지퍼로 마감해 솜을 넣고 빼기 쉬워요. 45×45cm이며 솜은 포함되어 있지 않습니다.",
        price: 32000,
        daysAgo: 110,
        popularity: 150,
      },
      {
        key: "cheonjogak-embroidered-runner",
        categorySlug: "fabric-living",
        title: "들꽃 자수 테이블 러너",
        description:
          "가장자리에 작은 들꽃을 수놓은 리넨 테이블 러너입니다. 식탁 가운데 깔면 차분하면서도 화사한 분위기가 나요. 150×35cm이며 세탁 후 살짝 다림질해 주세요.",
        price: 38000,
        daysAgo: 40,
        popularity: 80,
      },
      {
        key: "cheonjogak-linen-apron",
        categorySlug: "fabric-living",
        title: "워싱 리넨 앞치마",
        description:
          "허리끈을 등 뒤에서 X자로 교차해 매는 리넨 앞치마입니다. 목에 걸지 않아 어깨가 편하고, 큰 앞주머니가 두 개 있어요. 총장 85cm, 프리 사이즈입니다.",
        price: 45000,
        originalPrice: 52000,
        daysAgo: 80,
        popularity: 130,
      },
    ],
  },
  {
    atelierKey: "yunseul",
    items: [
      {
        key: "yunseul-blown-cup",
        categorySlug: "glass-cups",
        title: "윤슬 블로잉 유리컵 300ml",
        description:
          "입으로 불어 만든 얇은 유리컵으로 바닥에 작은 기포가 자연스럽게 남아 있어요. 햇빛이 비치면 테이블 위에 물결 같은 그림자가 생깁니다. 지름 8cm, 높이 10cm이며 급격한 온도 변화는 피하고 손세척을 권해 드립니다.",
        price: 34000,
        daysAgo: 140,
        popularity: 240,
      },
      {
        key: "yunseul-ribbed-highball",
        categorySlug: "glass-cups",
        title: "물결 골 하이볼 유리잔 400ml",
        description:
          "유리를 돌리며 세로 골을 넣은 하이볼 잔입니다. 탄산음료를 담으면 골을 따라 기포가 올라가는 모습이 예뻐요. 지름 7cm, 높이 14cm입니다.",
        price: 38000,
        daysAgo: 70,
        popularity: 160,
      },
      {
        key: "yunseul-sea-sand-cups",
        categorySlug: "glass-cups",
        title: "컬러 유리컵 2P — 바다·모래",
        description:
          "푸른 바다색과 모래색 두 잔으로 구성된 유리컵 세트입니다. 색이 옅게 들어가 음료 색을 가리지 않아요. 각 250ml, 지름 7.5cm입니다.",
        price: 56000,
        originalPrice: 62000,
        daysAgo: 30,
        popularity: 130,
      },
      {
        key: "yunseul-stemless-wine",
        categorySlug: "glass-cups",
        title: "스템리스 와인 유리잔",
        description:
          "다리를 없애 쓰러질 걱정이 적은 스템리스 와인잔입니다. 둥근 몸통이 향을 모아 주고 손에 편하게 감겨요. 지름 9cm, 높이 11cm, 용량 350ml입니다.",
        price: 36000,
        daysAgo: 8,
        popularity: 55,
      },
      {
        key: "yunseul-bubble-bud-vase",
        categorySlug: "glass-vases",
        title: "기포 유리 미니 화병",
        description:
          "일부러 기포를 가득 넣어 바닷속 같은 느낌을 낸 작은 화병입니다. 꽃 한두 송이나 유칼립투스 가지를 꽂기 좋아요. 높이 12cm, 입구 지름 3cm입니다.",
        price: 29000,
        daysAgo: 100,
        popularity: 170,
      },
      {
        key: "yunseul-longneck-vase",
        categorySlug: "glass-vases",
        title: "롱넥 유리 화병 25cm",
        description:
          "목이 길고 가는 유리 화병으로 줄기가 긴 꽃 한 송이를 꽂기 좋아요. 옅은 회청색이 돌아 창가에 두면 빛이 은은하게 비칩니다. 높이는 25cm입니다.",
        price: 48000,
        daysAgo: 50,
        popularity: 110,
      },
      {
        key: "yunseul-round-vase",
        categorySlug: "glass-vases",
        title: "둥근 어항형 유리 화병",
        description:
          "어항처럼 둥글고 입구가 넓은 유리 화병입니다. 꽃을 짧게 잘라 풍성하게 꽂거나 물꽂이 식물을 키우기에도 좋아요. 지름 15cm, 높이 14cm입니다.",
        price: 52000,
        daysAgo: 16,
        popularity: 75,
      },
      {
        key: "yunseul-wave-suncatcher",
        categorySlug: "glass-suncatchers",
        title: "스테인드글라스 썬캐처 — 파도",
        description:
          "푸른 색유리 조각을 납땜으로 이어 파도 모양을 만든 썬캐처입니다. 창가에 걸어 두면 햇빛을 받아 방 안에 색 그림자가 생겨요. 지름 12cm이며 투명 줄이 함께 들어 있습니다.",
        price: 42000,
        daysAgo: 120,
        popularity: 200,
      },
      {
        key: "yunseul-prism-suncatcher",
        categorySlug: "glass-suncatchers",
        title: "무지개 프리즘 썬캐처",
        description:
          "창가에 걸면 방 안 가득 작은 무지개를 만들어 주는 프리즘 썬캐처입니다. 유리 비즈와 크리스털 프리즘을 엮어 길이 30cm로 만들었어요. 오전 햇살이 드는 창가를 추천드립니다.",
        price: 28000,
        daysAgo: 60,
        popularity: 150,
      },
      {
        key: "yunseul-glass-pebbles",
        categorySlug: "glass-suncatchers",
        title: "유리 조약돌 오브제 3P",
        description:
          "통영 바닷가의 몽돌을 닮은 유리 조약돌 세 개입니다. 책상 위 문진으로 쓰거나 화분 위에 올려 두기 좋아요. 각 지름 4~6cm이며 색상은 조금씩 다를 수 있습니다.",
        price: 24000,
        daysAgo: 5,
        popularity: 35,
      },
    ],
  },
];

export const products: SeedProduct[] = productsByAtelier.flatMap(({ atelierKey, items }) =>
  items.map((p) => ({ ...p, atelierKey, image: `/images/products/${p.key}.svg` })),
);

export const couponEvents: SeedCouponEvent[] = [
  {
    key: "autumn-welcome",
    title: "가을 작가전 선착순 3,000원 쿠폰",
    description: "가을 작가전을 맞아 2만 원 이상 구매 시 쓸 수 있는 3,000원 쿠폰을 선착순 500명께 드렸어요.",
    discountType: "AMOUNT",
    discountValue: 3000,
    minOrderAmount: 20000,
    totalQuantity: 500,
    startOffsetHours: -24 * 40,
    durationHours: 24 * 7,
    validDays: 14,
    banner: "/images/events/autumn-welcome.svg",
  },
  {
    key: "ceramics-week",
    title: "도자기 주간 10% 할인 (최대 5천원)",
    description: "머그컵부터 달항아리까지, 도자기 주간 동안 1만5천 원 이상 구매 시 10% 할인해 드렸어요.",
    discountType: "PERCENT",
    discountValue: 10,
    maxDiscount: 5000,
    minOrderAmount: 15000,
    totalQuantity: 300,
    startOffsetHours: -24 * 12,
    durationHours: 72,
    validDays: 7,
    banner: "/images/events/ceramics-week.svg",
  },
  {
    key: "year-end-5000",
    title: "연말 선착순 5,000원 쿠폰",
    description: "한 해 동안 고마웠던 분께 손으로 만든 선물을 보내 보세요. 3만 원 이상 구매 시 5,000원 할인, 선착순 1,000명!",
    discountType: "AMOUNT",
    discountValue: 5000,
    minOrderAmount: 30000,
    totalQuantity: 1000,
    startOffsetHours: -2,
    durationHours: 24 * 3,
    validDays: 14,
    banner: "/images/events/year-end-5000.svg",
  },
  {
    key: "heuksum-followers",
    title: "흙숨 공방 팔로워 전용 4,000원 쿠폰",
    description: "이천 흙숨 공방을 팔로우해 주신 분들께만 드리는 감사 쿠폰이에요. 2만5천 원 이상 구매 시 사용할 수 있어요.",
    discountType: "AMOUNT",
    discountValue: 4000,
    minOrderAmount: 25000,
    totalQuantity: 100,
    startOffsetHours: 6,
    durationHours: 48,
    validDays: 10,
    banner: "/images/events/heuksum-followers.svg",
    atelierKey: "heuksum",
  },
  {
    key: "new-artists-15",
    title: "신규 작가전 15% 할인 (최대 1만원)",
    description: "새로 입점한 공방의 작품을 만나 보세요. 2만 원 이상 구매 시 15%, 최대 1만 원까지 할인해 드려요.",
    discountType: "PERCENT",
    discountValue: 15,
    maxDiscount: 10000,
    minOrderAmount: 20000,
    totalQuantity: 300,
    startOffsetHours: 24,
    durationHours: 48,
    validDays: 10,
    banner: "/images/events/new-artists-15.svg",
  },
  {
    key: "midnight-flash",
    title: "자정 타임딜 — 선착순 100명 20% (최대 8천원)",
    description: "딱 두 시간만 열리는 타임딜! 1만 원 이상 구매 시 20%, 최대 8,000원까지 할인돼요.",
    discountType: "PERCENT",
    discountValue: 20,
    maxDiscount: 8000,
    minOrderAmount: 10000,
    totalQuantity: 100,
    startOffsetHours: 24 * 3,
    durationHours: 2,
    validDays: 3,
    banner: "/images/events/midnight-flash.svg",
  },
];

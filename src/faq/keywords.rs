//! The words that point to each topic, as data: stems in the four languages
//! (Uzbek in both scripts, Russian also typed in Latin letters), with common
//! misspellings. A text matches an entry when every group of the entry has a
//! word that begins with one of the group's stems, both folded by
//! [`super::fold`] (so "qancha", "канча" and "қанча" are one stem, and
//! "skolko", "сколько" and "скока" are close). Entries with more groups are
//! more specific; among equals the earlier entry wins, so specific topics
//! (fines, a loss, a move) come before broad ones (the patent, registration).
//!
//! To add a question people ask: add its words to a group, or an entry, and a
//! row to the table in `tests/it/faq.rs`.

use super::Topic;

/// The patent (and its misspellings).
const PATENT: &[&str] = &["патент", "patent", "potent", "patient", "патен", "паттент"];
/// "How much", "price", "payment".
const PRICE: &[&str] = &[
    // ru (and typed in Latin)
    "сколько",
    "скока",
    "скольк",
    "skolko",
    "skolka",
    "skoka",
    "стоит",
    "стоим",
    "stoit",
    "цена",
    "цену",
    "tsena",
    "почем",
    "pochem",
    "платить",
    "плати",
    "оплат",
    "oplat",
    "platit",
    "платеж",
    "platej",
    "ндфл",
    "ndfl",
    "деньг",
    "dengi",
    // uz
    "qancha",
    "kancha",
    "narx",
    "narh",
    "tolov",
    "tulov",
    "tolash",
    "tulash",
    "pul",
    // tg
    "чанд",
    "chand",
    "нарх",
    "пул",
    "пардохт",
    "pardoht",
    "арзиш",
    // ky
    "канча",
    "баасы",
    "төлөм",
    "төлө",
    "акча",
];
/// "Where", "address", "how to get".
const WHERE: &[&str] = &[
    "где",
    "gde",
    "куда",
    "kuda",
    "адрес",
    "adres",
    "qayer",
    "qaer",
    "kayer",
    "qayoqqa",
    "qaydan",
    "manzil",
    "куҷо",
    "kujo",
    "kuja",
    "кайда",
    "kayda",
    "дарек",
    "как получить",
    "получить",
    "poluchit",
    "оформить",
    "oformit",
    "olish",
    "olsa",
    "olaman",
    "гирифтан",
    "гирам",
    "алуу",
    "алам",
    "алса",
];
/// "Check", "find out".
const CHECK: &[&str] = &[
    "провер",
    "prover",
    "узнать",
    "uznat",
    "tekshir",
    "tekshr",
    "текшер",
    "санҷ",
    "sanj",
    "bilish",
    "билиш",
];
/// Registration at the place of stay.
const REGISTRATION: &[&str] = &[
    "регистрац",
    "registr",
    "rigistr",
    "ristr",
    "прописк",
    "propisk",
    "учет",
    "uchet",
    "uchot",
    "uchyot",
    "ruyhat",
    "royhat",
    "рўйхат",
    "qaydga",
    "qaydda",
    "qaydi",
    "бақайд",
    "bakayd",
    "ба қайд",
    "каттоо",
    "kattoo",
    "каттал",
    "уведомлен",
    "uvedoml",
    "habarnoma",
    "огоҳинома",
    "кабарлама",
];
const AMINA: &[&str] = &["амин", "amin"];
/// The register of controlled persons.
const RKL: &[&str] = &[
    "ркл",
    "rkl",
    "реестр",
    "reestr",
    "контролируем",
    "kontroliruem",
    "nazorat",
    "назорат",
    "көзөмөл",
];
/// An entry ban, expulsion, deportation.
const BAN: &[&str] = &[
    "запрет",
    "zapret",
    "taqiq",
    "takik",
    "тақиқ",
    "тыю",
    "манъи",
    "депорт",
    "deport",
    "выдвор",
    "vidvor",
    "vydvor",
    "chiqarib",
    "ихроҷ",
    "ihroj",
    "чыгарып",
    "black",
    "черн",
];
const AMNESTY: &[&str] = &["амнист", "amnist", "amnest", "авф", "avf", "afv"];
/// The medical check and fingerprints.
const MEDICAL: &[&str] = &[
    "медосвид",
    "медкомис",
    "medkomis",
    "медицин",
    "meditsin",
    "medosvid",
    "медкнижк",
    "tibbiy",
    "тиббӣ",
    "tibbi",
    "флюорограф",
    "анализ",
    "врач",
    "дактилоск",
    "daktilosk",
    "barmok",
    "ангушт",
    "angusht",
    "манжа",
    "muoina",
    "муоина",
    "кароо",
];
/// How long one may stay.
const STAY: &[&str] = &[
    "пребыван",
    "prebyvan",
    "prebivan",
    "будубош",
    "budubosh",
    "находит",
    "nahodit",
    "90",
    "bolish muddat",
    "болуу",
];
const HOW_MANY: &[&str] = &["сколько", "skolko", "qancha", "necha", "чанд", "канча"];
const DAYS: &[&str] = &[
    "дн", "день", "dney", "dni", "den", "kun", "рӯз", "ruz", "күн", "сут",
];
const FINE: &[&str] = &[
    "штраф",
    "shtraf",
    "jarima",
    "ҷарима",
    "айып",
    "ayip",
    "пеня",
];
/// A lost or stolen document.
const LOST: &[&str] = &[
    "потер",
    "poter",
    "утер",
    "укра",
    "украл",
    "yokot",
    "yukot",
    "yokol",
    "yukol",
    "гум",
    "жогол",
    "jogol",
    "дубликат",
    "dublikat",
];
/// Moving to another address.
const MOVING: &[&str] = &[
    "переезд",
    "pereezd",
    "переех",
    "pereeh",
    "kochd",
    "kochib",
    "kochis",
    "кӯчид",
    "кӯчам",
    "көчтүм",
    "көчүп",
    "көчүү",
    "новый адрес",
    "yangi manzil",
];
/// A labour contract (its copy to MVD, a new one).
const CONTRACT: &[&str] = &[
    "договор",
    "dogovor",
    "контракт",
    "kontrakt",
    "shartnoma",
    "шартнома",
    "келишим",
    "kelishim",
];
/// Children and family.
const FAMILY: &[&str] = &[
    "дет",
    "ребен",
    "rebenok",
    "bolalar",
    "bolaning",
    "bolam uchun",
    "farzand",
    "фарзанд",
    "кӯдак",
    "kudak",
    "бала",
    "балдар",
    "школ",
    "shkol",
    "maktab",
    "мактаб",
    "семь",
    "oila",
    "оила",
    "үй-бүлө",
];
const STUDENT: &[&str] = &[
    "студент",
    "student",
    "учеб",
    "ucheb",
    "учус",
    "okish",
    "talaba",
    "донишҷӯ",
    "donishju",
    "окуу",
];
/// Offices: the MMC, MVD, addresses.
const OFFICE: &[&str] = &[
    "ммц",
    "mmc",
    "сахаров",
    "saharov",
    "мигр центр",
    "migratsion markaz",
];
const MVD: &[&str] = &[
    "мвд", "mvd", "iiv", "ивд", "вкд", "vkd", "иим", "iim", "фмс", "fms", "умвд",
];
/// The purpose of entry on the migration card.
const PURPOSE: &[&str] = &[
    "цел",
    "tsel",
    "maqsad",
    "maksad",
    "мақсад",
    "максат",
    "maksat",
];
/// The regime of expulsion.
const REGIME: &[&str] = &["высылк", "visilk", "vysylk", "режим", "rejim"];
/// Re-issuing the patent.
const REISSUE: &[&str] = &["переоформ", "pereoform", "qayta rasmiy"];

/// One way of asking about a topic: every group must be matched.
pub(super) struct Entry {
    pub topic: Topic,
    pub all: &'static [&'static [&'static str]],
}

const fn e(topic: Topic, all: &'static [&'static [&'static str]]) -> Entry {
    Entry { topic, all }
}

/// Most specific first (more groups), then specific topics before broad ones.
pub(super) const ENTRIES: &[Entry] = &[
    e(Topic::PatentPrice, &[PATENT, PRICE]),
    e(Topic::PatentWhere, &[PATENT, WHERE]),
    e(Topic::RklCheck, &[RKL, CHECK]),
    e(Topic::RklCheck, &[BAN, CHECK]),
    e(Topic::MedicalWhere, &[MEDICAL, WHERE]),
    e(Topic::StayLimit, &[HOW_MANY, DAYS]),
    e(Topic::Offices, &[MVD, WHERE]),
    e(Topic::Amnesty, &[AMNESTY]),
    e(Topic::Fines, &[FINE]),
    e(Topic::Lost, &[LOST]),
    e(Topic::Moving, &[MOVING]),
    e(Topic::Regime, &[REGIME]),
    e(Topic::Amina, &[AMINA]),
    e(Topic::Rkl, &[RKL]),
    e(Topic::EntryBan, &[BAN]),
    e(Topic::MedicalWhere, &[MEDICAL]),
    e(Topic::Family, &[FAMILY]),
    e(Topic::Students, &[STUDENT]),
    e(Topic::Purpose, &[PURPOSE]),
    e(Topic::PatentYear, &[REISSUE]),
    e(Topic::Contract, &[CONTRACT]),
    e(Topic::Offices, &[OFFICE]),
    e(Topic::StayLimit, &[STAY]),
    e(Topic::Registration, &[REGISTRATION]),
    e(Topic::PatentPrice, &[&["ндфл", "ndfl"]]),
    e(Topic::Patent, &[PATENT]),
];

/// Words that make a text a question rather than a typed answer (besides a
/// question mark): the interrogatives, "can I", "must I", "will there be",
/// and the words of price, place and checking above.
pub(super) const QUESTION: &[&[&str]] = &[
    PRICE,
    WHERE,
    CHECK,
    &[
        // ru
        "как",
        "kak",
        "что",
        "chto",
        "когда",
        "kogda",
        "почему",
        "зачем",
        "можно",
        "mojno",
        "нужно",
        "nujno",
        "надо",
        "nado",
        "будет",
        "budet",
        "есть ли",
        // uz
        "qanday",
        "kanday",
        "nima",
        "qachon",
        "kachon",
        "nega",
        "kerak",
        "mumkin",
        "boladimi",
        "buladimi",
        "bormi",
        "kerakmi",
        // tg
        "чӣ",
        "chi",
        "кай",
        "чаро",
        "оё",
        "мумкин",
        "лозим",
        "даркор",
        "мешавад",
        // ky
        "кантип",
        "эмне",
        "качан",
        "эмнеге",
        "керек",
        "болобу",
        "барбы",
        "кайсы",
    ],
];

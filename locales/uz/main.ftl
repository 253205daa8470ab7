# Foundation: first contact, menu, language, privacy, /forget, errors.

welcome =
    Assalomu alaykum! Men <b>Musofir</b> — Rossiyaga ishga kelganlar uchun yordamchiman.
    Muddatlaringizni (roʻyxatdan oʻtish, patent, 90 kun) bilishga yordam beraman, qoidalarni tushuntiraman va muddatlarni oldindan eslataman.
welcome-back = Xush kelibsiz! Keraklisini tanlang.
intro =
    Kirish va hujjatlaringiz haqida soʻrayman — asosan tugmalar bilan. Keyin bugungi qonun boʻyicha muddatlaringiz va xavflarni koʻrsataman.
    Ism, pasport raqami va boshqa hujjat raqamlarini yigʻmayman. Batafsil: /privacy
language-choose = Tilni tanlang:
language-set = Til: oʻzbekcha.
language-other = 🌐 Boshqa til yoki kirill yozuvi — pastdagi tugmalar.
lang-name-uz = Oʻzbekcha
lang-name-uz-cyrl = Ўзбекча
lang-name-tg = Тоҷикӣ
lang-name-ru = Русский
lang-name-ky = Кыргызча

menu-prompt = Quyidagi menyudan tanlang. Barcha buyruqlar: /help
menu-language = 🌐 Til
menu-privacy = 🔒 Maʼlumotlarim
menu-help = ❓ Yordam
menu-forget = 🗑 Maʼlumotlarimni oʻchirish

help =
    <b>Nimalar qila olaman</b>
    /status — muddatlarim va xavflar
    /edit — javoblarni oʻzgartirish
    /reminders — eslatmalar
    /explain — tushuntirishlar: roʻyxatdan oʻtish, patent, 90 kun, РКЛ, amnistiya, jarimalar
    /language — tilni almashtirish
    /privacy — nimani va nima uchun saqlayman
    /forget — siz haqingizdagi hamma narsani oʻchirish
    /cancel — joriy savoldan chiqish (javoblar saqlanadi)
    /start — boshlash
    Men yurist va IIV (МВД) oʻrnini bosmayman. Ishonchingiz komil boʻlmasa, IIV migratsiya boʻlimida tekshiring.

privacy =
    <b>Nimani saqlayman</b>
    • til va kirish, hujjatlar haqidagi javoblaringiz: sanalar, fuqarolik, hudud;
    • suhbat qadami — shu joydan davom etish uchun;
    • eslatmalar: qaysi muddat haqida va qachon eslatish, nima yuborilgani;
    • texnik belgilar: Telegram yangilanishlari raqamlari (2 kun), sizga yozish mumkinmi.
    <b>Nima uchun</b>: muddatlaringizni hisoblash va eslatish uchun.
    <b>Nimani saqlamayman</b>: ism, pasport raqami, boshqa hujjat raqamlari, manzil, xabarlaringiz matni.
    <b>Qancha vaqt</b>: botdan foydalanguningizcha. Agar menga { $days } kun yozmasangiz va oldinda muddatlar boʻlmasa, hammasini oʻzim oʻchiraman (bir hafta oldin ogohlantiraman). /forget buyrugʻi hammasini darhol oʻchiradi.
    <b>Qanday</b>: hammasi shifrlangan holda, Telegram raqamingizsiz saqlanadi; /forget dan keyin uni hatto diskdan ham oʻqib boʻlmaydi.
    Hech kimga bermayman. Menga hujjat raqamlarini yozmang.

forget-confirm = Siz haqingizda bilgan hamma narsani oʻchiraymi: javoblar, til, eslatmalar? Buni qaytarib boʻlmaydi.
forget-yes = 🗑 Ha, hammasini oʻchirish
forget-no = Yoʻq, qolsin
forget-done = Tayyor: siz haqingizda bilganlarimning hammasini oʻchirdim va sizga yozmayman. Qaytadan boshlash uchun /start yuboring.
forget-kept = Yaxshi, hech narsa oʻchirilmadi.

cancelled = Savol bekor qilindi. Saqlangan javoblar qoldi.

button-stale = Bu tugma eskirgan.
input-too-long = Xabar juda uzun — uni oʻqimayman.
input-media = Men faqat matn va tugmalarni tushunaman.
input-edited = Tuzatilgan xabarlarni qayta oʻqimayman. Javobni qaytadan yuboring.
command-unknown = Bunday buyruqni bilmayman.
state-reset = Bot yangilandi va oldingi suhbatni davom ettira olmadim. Qaytadan boshlaymiz — javoblarni yana kiritish kerak.
error-temporary = Vaqtinchalik xato. Bir daqiqadan keyin yana urinib koʻring.

cmd-start = Boshlash
cmd-help = Yordam
cmd-language = Til
cmd-privacy = Maʼlumotlarim
cmd-forget = Maʼlumotlarimni oʻchirish
cmd-cancel = Savolni bekor qilish

menu-status = 📋 Muddatlarim
menu-interview = ▶️ Savollarga javob berish
menu-explainers = 📚 Tushuntirishlar
menu-edit = ✏️ Javoblarni oʻzgartirish
menu-reminders = 🔔 Eslatmalar
menu-home = 🏠 Menyu

cmd-status = Muddatlarim va xavflar
cmd-edit = Javoblarni oʻzgartirish
cmd-reminders = Eslatmalar
cmd-explain = Tushuntirishlar: roʻyxat, patent, 90 kun, РКЛ

retention-warning =
    Siz menga { $days } kun yozmadingiz va oldinda muddatlaringiz yoʻq. { $date } kuni siz haqingizda bilganlarimning hammasini oʻchiraman: javoblar, til, eslatmalar.
    Agar maʼlumotlar hali kerak boʻlsa, tugmani bosing yoki menga istalgan narsa yozing.
retention-keep = 💾 Maʼlumotlarimni saqlash
retention-kept = Yaxshi, maʼlumotlar saqlandi.

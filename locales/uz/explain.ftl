# Explainers (src/explain). Every legal number, date and citation is an argument read from law/rules.toml;
# none is written here. Telegram HTML: <b>, <i>, <a href>. Each message is one paragraph or one line of a list.
# Uzbek Latin with ʻ (U+02BB) in oʻ/gʻ and ʼ (U+02BC) for the tutuq; Uzbek Cyrillic is transliterated from it.

## Building blocks

explain-cite-link = <a href="{ $url }">{ $source }</a>
explain-cite-plain = { $source }
explain-src = <i>Manba: { $cite }.</i>
explain-unsure = ⚠️ <i>Toʻliq tasdiqlanmagan: { $where } aniqlang.</i>
explain-mark = ⚠️
explain-footnote = ⚠️ <i>— toʻliq tasdiqlanmagan: { $where } aniqlang.</i>
explain-append = { $text } { $note }
explain-join-lines =
    { $first }
    { $rest }
explain-join-comma = { $first }, { $rest }
explain-join-semicolon = { $first }; { $rest }
explain-nothing = —
explain-verbatim = { $text }
explain-link = <a href="{ $url }">{ $url }</a>
explain-where-mvd = IIV migratsiya boʻlimida
explain-where-mmc = «Saxarovo» migratsiya markazida (ММЦ)
explain-where-rkl = IIV saytida { $link } yoki Gosuslugi portalida
explain-where-gosuslugi = Gosuslugi portalida
explain-where-hotel = mehmonxonada
explain-asof = <i>Maʼlumotlar { $date } holatiga koʻra (manbalar taxminan { $until } kunigacha). Qonunlar oʻzgaradi: muhim qadamdan oldin IIV migratsiya boʻlimida (отдел по вопросам миграции МВД) aniqlang. Bot yurist oʻrnini bosmaydi.</i>
explain-unavailable = Bu tushuntirish hozir mavjud emas. IIV migratsiya boʻlimida aniqlang.

explain-country-uz = Oʻzbekiston
explain-country-tj = Tojikiston
explain-country-kg = Qirgʻiziston
explain-country-kz = Qozogʻiston
explain-country-am = Armaniston
explain-country-by = Belarus
explain-country-ua = Ukraina
explain-country-ge = Gruziya
explain-country-az = Ozarbayjon
explain-country-md = Moldova

explain-region-moscow = Moskva
explain-region-moscow_oblast = Moskva viloyati
explain-region-spb = Sankt-Peterburg
explain-region-leningrad_oblast = Leningrad viloyati
explain-region-sverdlovsk = Sverdlovsk viloyati
explain-region-novosibirsk = Novosibirsk viloyati
explain-region-tatarstan = Tatariston
explain-region-krasnodar = Krasnodar oʻlkasi
explain-region-tyumen = Tyumen viloyati
explain-region-khmao = Xanti-Mansi avtonom okrugi (Yugra)
explain-region-other = boshqa hudud

## Menu labels

explain-title-reg = 📝 Roʻyxatdan oʻtish
explain-title-pat = 💳 Patent va toʻlov
explain-title-stay = 📅 Boʻlish muddati
explain-title-rkl = ⚠️ Reestr (РКЛ)
explain-title-amn = 🕊 Amnistiya
explain-title-fine = ⚖️ Jarimalar va taqiqlar
explain-title-amina = 📱 «Amina» (Moskva)
explain-title-gloss = 📖 Lugʻat
explain-title-pyear = 🗓 Patent bilan bir yil
explain-title-move = 🏠 Koʻchish
explain-title-purp = 🎯 Maqsad «ish» emas
explain-title-eaeu = 🤝 YeOII: shartnoma tugadi
explain-title-lost = 🔍 Hujjat yoʻqoldi
explain-title-regime = 🚫 Chiqarib yuborish rejimi
explain-title-trip = ✈️ Safardan oldin
explain-title-fam = 👨‍👩‍👧 Bolalar
explain-title-study = 🎓 Talabalar
explain-title-where = 📍 Qayerga borish (hududlar boʻyicha)

## Registration

explain-reg-who =
    <b>Roʻyxatdan oʻtish — migratsiya roʻyxatiga qoʻyilish (миграционный учёт)</b>
    Kelganlik haqida xabarnomani (уведомление о прибытии) <b>qabul qiluvchi tomon</b> (принимающая сторона) topshiradi: uy egasi, ish beruvchi yoki mehmonxona. Oʻz uyingizda yoki ijara shartnomasi bilan yashasangiz yoxud qabul qiluvchi tomonning yozma roziligi boʻlsa, oʻzingiz ham topshirishingiz mumkin.
    Qayerga: IIV migratsiya boʻlimi (отдел по вопросам миграции МВД), koʻp funksiyali markaz (МФЦ), pochta yoki Gosuslugi. Xabarnomaning <b>qirqma qismini</b> (отрывная часть) oling va pasport bilan birga saqlang — bu roʻyxatdan oʻtganingizning isboti. { $src }
explain-reg-amina = <b>Moskva va viloyati:</b> ishlash uchun kelganlar uy egasi orqali emas, «Amina» ilovasi orqali { "ММЦ «Сахарово»" } manzili boʻyicha roʻyxatga qoʻyiladi. Batafsil — «Amina» mavzusida. { $src }
explain-reg-terms = <b>Muddat fuqarolikka bogʻliq:</b>
explain-reg-term-uz = • Oʻzbekiston: <b>kirgan kundan boshlab { $days } kun</b> (baʼzan «ish kuni» deb yoziladi, lekin kalendar kunlarni hisoblang — bu xavfsizroq). <i>({ $cite })</i>
explain-reg-term-tj = • Tojikiston: <b>kirgan kundan boshlab { $days } kun</b>. <i>({ $cite })</i>
explain-reg-term-eaeu = • { $countries } (YeOII, ЕАЭС): <b>kirgan kundan boshlab { $days } kun</b>. <i>({ $cite })</i>
explain-reg-term-by = • Belarus: manbalar turlicha — <b>{ $days }</b> yoki { $alt } kun; { $days } kun deb hisoblang. <i>({ $cite })</i>
explain-reg-term-ua = • Ukraina: muddat tasdiqlanmagan, ehtimol <b>{ $wd } ish kuni</b> (eski manbalarda { $alt } kun). <i>({ $cite })</i>
explain-reg-term-general = • Boshqa davlatlar: boʻlib turgan joyga (место пребывания) kelgan kundan boshlab <b>{ $wd } ish kuni</b>. <i>({ $cite })</i>
explain-reg-count = Kirgan kunni muddatning birinchi kuni deb hisoblang: baʼzi boʻlimlar shunday hisoblaydi, unda oxirgi kun bir kun oldin boʻladi.
explain-reg-hotel = <b>Mehmonxona</b> (xostel, sanatoriy, kasalxona) sizni oʻzi roʻyxatga qoʻyadi — kelganingizdan keyin { $wd } ish kuni ichida. Sizga hech narsa topshirish shart emas. { $src }
explain-reg-max = Roʻyxat koʻpi bilan <b>{ $years } yilga</b> qilinadi va qonuniy boʻlish muddatingizdan oshmaydi: masalan, patent bilan — toʻlangan davrdan oshmaydi. { $src }
explain-reg-real = Roʻyxat manzili — siz haqiqatan yashaydigan joy. Ish beruvchi oʻz manzilida faqat u yerda (yoki manzilsiz binosida) yashasangiz roʻyxatga qoʻyadi. Yashamasdan sotib olingan roʻyxat — soxta ({ "фиктивная регистрация" }): bu «roʻyxatga qoʻygan» odam uchun jinoyat, siz esa roʻyxatdan oʻtmagan hisoblanasiz. { $src }
explain-reg-duty = Boʻlib turgan joy boʻyicha roʻyxat (учёт по месту пребывания) uchun <b>davlat boji</b> (госпошлина) — <b>{ $rub } rubl</b> ({ $since } sanasidan boshlab). Mehmonxonada boj yoʻq. { $src }
explain-reg-move = <b>Koʻchsangiz</b>, yangi manzilda yangi roʻyxat kerak. Qabul qiluvchi tomon xabarnomani u yerga kelganingizdan keyin { $wd } ish kuni ichida topshiradi; kirgan kundan boshlanadigan muddatlar qaytadan boshlanmaydi. Batafsil — «Koʻchish» boʻlimida. { $src }

## Patent

explain-pat-intro =
    <b>Ishlash uchun patent</b>
    Vizasiz davlatlar fuqarolariga, masalan Oʻzbekiston va Tojikiston fuqarolariga, ishlash uchun kerak. YeOII (ЕАЭС) fuqarolariga (Qirgʻiziston, Qozogʻiston, Armaniston, Belarus) patent kerak emas.
    Hujjatlarni <b>kirgan kundan boshlab { $days } kun ichida</b> topshiring (kirgan kun — birinchi kun). Migratsion kartada (миграционная карта) tashrif maqsadi «ish» («работа») boʻlishi kerak. { $src }
explain-pat-late = Kechiksangiz, hujjatlar qabul qilinadi, lekin <b>{ $min }–{ $max } rubl jarima</b> boʻladi. { $src }
explain-pat-docs = <b>Hujjatlar, qisqacha:</b> notarial tarjimasi bilan pasport, migratsion karta (миграционная карта), kelganlik haqida xabarnoma (уведомление о прибытии), ixtiyoriy tibbiy sugʻurta polisi ({ "полис ДМС" }), tibbiy maʼlumotnomalar ({ "медицинские справки" }), rus tili sertifikati ({ "сертификат о знании русского языка" }), barmoq izi topshirilganini tasdiqlovchi hujjat ({ "документ о дактилоскопии" }), patent toʻlovi cheki (чек). <b>Davlat boji — { $duty } rubl.</b> { $src }
explain-pat-medical = Tibbiy koʻrik (медосвидетельствование), barmoq izlarini topshirish (дактилоскопия) va suratga tushishni <b>kirgan kundan boshlab { $days } kun ichida</b> bajaring (kirgan kun — birinchi kun). { $src }
explain-pat-pay = <b>Har oy oldindan toʻlang</b> (авансовый платёж по НДФЛ) va cheklarni saqlang. { $year }-yilda oyiga:
explain-pat-pay-old = ⚠️ Bu oʻtgan yilgi summalar; { $year }-yil uchun boshqacha boʻlishi mumkin: { $where } aniqlang.
explain-pat-pay-region = • { $region } — <b>{ $rub } rubl</b>
explain-pat-pay-other = • boshqa hududlar — IIVda yoki Gosuslugi portalida aniqlang.
explain-pat-pay-unsure = ⚠️ <i>— toʻlashdan oldin tekshiring: kam toʻlansa, patent qisqaroq muddatga toʻlanadi.</i>
explain-pat-end = ⚠️ <b>Toʻlovni bir kun kechiktirsangiz ham, patent tugaydi</b> — oxirgi toʻlangan kundan keyingi kundan boshlab. Uni tiklab boʻlmaydi: yangi patent uchun butun jarayon qaytadan boshlanadi. Patentsiz Rossiyada boʻlishga qonuniy asosingiz yoʻq va sizni nazorat qilinadigan shaxslar reestriga avtomatik kiritishadi. { $src }
explain-pat-term = <b>Muddat.</b> Patent toʻlov bilan uzaytiriladi, lekin berilgan kundan boshlab jami { $months } oydan oshmaydi (oxirgi kun — berilgan kunning yillik sanasidan oldingi kun). Uni Rossiyadan chiqmasdan qayta rasmiylashtirish (переоформление) mumkin: arizani bu muddat tugashidan kamida { $wd } ish kuni oldin topshiring. { $src }
explain-pat-contract = <b>Shartnoma.</b> Patent berilgan kundan boshlab { $months } oy ichida IIVga mehnat shartnomasi (трудовой договор) yoki fuqarolik-huquqiy shartnoma nusxasini topshiring, aks holda patent bekor qilinadi. { $src }
explain-pat-region = Faqat patentda koʻrsatilgan hududda ishlang. Koʻp hududlarda patent bilan taksi, yetkazib berish, savdo va boshqa sohalarda ishlash taqiqlangan — oʻz hududingiz roʻyxatini aniqlang. { $src }

## Stay limit

explain-stay-rule =
    <b>Rossiyada qancha turish mumkin</b>
    { $since } sanasidan boshlab vizasiz <b>bir kalendar yilda jami { $days } kundan</b> (1-yanvardan 31-dekabrgacha) va ketma-ket { $days } kundan ortiq turish mumkin emas. Bu qoida eski «{ $window } kun ichida { $old } kun» qoidasi oʻrniga keldi. { $src }
explain-stay-reset = <b>Chiqib qayta kirish («kirdi-chiqdi») muddatni yangilamaydi.</b> Yil davomidagi barcha safarlar kunlari qoʻshiladi. { $src }
explain-stay-exceptions =
    <b>Asos boʻlsa, uzoqroq turish mumkin:</b>
    • patent — oʻz vaqtida toʻlab borsangiz;
    • mehnat yoki fuqarolik-huquqiy shartnomasi bor YeOII fuqarosi — shartnoma muddatiga; shartnoma { $days } kundan keyin tugasa, yangisini tuzish uchun { $eaeu } kun bor;
    • Rossiyadagi kollej yoki oliygohda oʻqish;
    • vaqtincha yashash uchun ruxsatnoma (РВП) yoki yashash guvohnomasi (ВНЖ) uchun hujjat topshirilgan — koʻrib chiqilguncha.
    { $src }
explain-stay-over = <b>Ortiq tursangiz</b>, sizni nazorat qilinadigan shaxslar reestriga (РКЛ) avtomatik ravishda kiritishadi (koʻpincha aynan shu sababli kiritiladi); jarima solishlari va chiqarib yuborishlari ham mumkin. Muddat oʻtkazib yuborilsa, kirish taqiqi: { $t1 } kundan ortiq — { $y1 } yilga, { $t2 } kundan ortiq — { $y2 } yilga, { $t3 } kundan ortiq — { $y3 } yilga. Qancha erta chiqsangiz, taqiq shuncha qisqa. { $src }

## Register of controlled persons

explain-rkl-what =
    <b>Nazorat qilinadigan shaxslar reestri (РКЛ, реестр контролируемых лиц)</b>
    Bu IIV roʻyxati. Unga Rossiyada boʻlishga qonuniy asosi yoʻq chet elliklar kiritiladi. { $since } sanasidan beri ishlaydi. { $src }
explain-rkl-why = <b>Nima uchun kiritiladi.</b> Rossiyada boʻlish uchun qonuniy asos yoʻqolganda avtomatik kiritiladi. Koʻpincha — boʻlish muddatidan oshib ketgani uchun (yiliga { $days } kun). Yana: patent tugagan (masalan, toʻlov kechiktirilgan), boʻlish muddati, РВП yoki ВНЖ tugagan; chiqarib yuborish, deportatsiya yoki kirish taqiqi haqida qaror; sudlanganlik. { $src }
explain-rkl-check = <b>Oʻzingizni tekshiring:</b> { $link } — familiya, ism, tugʻilgan sana va pasport maʼlumotlari kerak, lotin yoki kirill harflarida. Gosuslugi orqali ham boʻladi. Yozuv saytda paydo boʻlgan paytdan boshlab sizga xabar qilingan hisoblanadi. Sahifa ochilmasa, Gosuslugi orqali yoki IIV migratsiya boʻlimida tekshiring.
explain-rkl-limits =
    <b>Agar reestrda boʻlsangiz:</b>
    • bankda — faqat majburiy toʻlovlar, kiruvchi oʻtkazmalar va naqd pul, <b>oyiga { $cash } rubldan koʻp emas</b>;
    • mashina haydash va haydovchilik guvohnomasi olish mumkin emas;
    • nikohdan oʻtish, uy yoki mashina sotib olish, yakka tartibdagi tadbirkor (ИП) boʻlish yoki firma ochish mumkin emas;
    • IIV ruxsatisiz manzilni oʻzgartirish va hududdan chiqish mumkin emas (Rossiyadan chiqib ketish bundan mustasno);
    • bolalarni maktab va bogʻchaga qabul qilishmaydi;
    • IIVga qayerdaligingizni xabar qilish va chaqiruv boʻyicha kelish kerak.
    { $src }
explain-rkl-exit = <b>Reestrdan qanday chiqish mumkin:</b> Rossiyadan chiqib ketish (oldin IIVga sana va yoʻnalishni xabar qiling); qolish uchun qonuniy asos olish — IIVda hujjat rasmiylashtirish; qarorni, jumladan sud orqali, bekor qildirish. Qaror ustidan yuqori IIV boshligʻiga yoki sudga shikoyat qilish mumkin. Yuristga murojaat qilgan maʼqul. { $src }

## Amnesty

explain-amn-what =
    <b>Amnistiya (huquqiy holatni tartibga solish haqidagi farmon)</b>
    Farmon boʻlish qoidalarini buzgan chet elliklarga Rossiyadan chiqmasdan holatini qonuniylashtirish — patent olish yoki boʻlish muddatini uzaytirish — va eski muddat buzilishlari uchun kirish taqiqisiz qolish imkonini bergan. Shartlar: barmoq izlarini topshirish (дактилоскопия), tibbiy koʻrik (медосвидетельствование), rus tili sertifikati ({ "сертификат о знании русского языка" }), qarzlar toʻlangan boʻlishi. { $src }
explain-amn-closed = Muddat dastlab { $from } – { $first } boʻlgan, keyin { $until } sanasigacha uzaytirilgan. ⚠️ <b>Amnistiya { $until } kuni tugagan.</b> { $sources } kunigacha tekshirilgan manbalarda yangi amnistiya haqida hech narsa yoʻq. { $after } sanasidan boshlab IIV chiqarib yuborishni qoʻllaydi. { $src }
explain-amn-open = Muddat dastlab { $from } – { $first } boʻlgan, keyin <b>{ $until } sanasigacha</b> uzaytirilgan. IIV migratsiya boʻlimiga imkon qadar tezroq murojaat qiling. { $src }
explain-amn-now =
    <b>Agar ulgurmagan boʻlsangiz:</b>
    1. Oʻzingizni nazorat qilinadigan shaxslar reestrida tekshiring: { $link } yoki Gosuslugi.
    2. Qolish uchun asosingiz boʻlishi mumkin boʻlsa (patent, YeOII fuqarolari uchun shartnoma, oʻqish, РВП yoki ВНЖ hujjatlari), IIV migratsiya boʻlimida hujjat rasmiylashtirish mumkinmi, soʻrang.
    3. Asos boʻlmasa, imkon qadar tezroq chiqib keting. Kirish taqiqi muddat qancha oʻtganiga bogʻliq: { $t1 } kundan ortiq — { $y1 } yil, { $t2 } kundan ortiq — { $y2 } yil, { $t3 } kundan ortiq — { $y3 } yil.
    4. Yuristga yoki oʻz davlatingiz konsulligiga murojaat qiling. «Yangi amnistiya» yoki «reestrdan chiqarish»ni pulga vaʼda qilganlarga ishonmang.
    { $src }

## Fines and bans

explain-fine-intro =
    <b>Jarimalar, chiqarib yuborish, kirish taqiqi</b>
    Summalar Rossiya Maʼmuriy huquqbuzarliklar kodeksi (КоАП РФ) boʻyicha. Maʼmuriy chiqarib yuborish (административное выдворение) — Rossiyadan majburan chiqarish, shundan keyin kirish bir necha yilga yopiladi.
explain-fine-head = <b>Jarimalar:</b>
explain-fine-18-8-1 = • { $art } — kirish, boʻlish yoki roʻyxat qoidalarini buzish: <b>{ $min }–{ $max } rubl</b>, chiqarib yuborish bilan yoki usiz.
explain-fine-18-8-1-1 = • { $art } — boʻlish uchun hujjat yoʻq, muddat oʻtgan, chiqib ketmaslik: <b>{ $min }–{ $max } rubl va chiqarib yuborish</b>.
explain-fine-18-8-3 = • { $art } — xuddi shu Moskva, Sankt-Peterburg, Moskva va Leningrad viloyatlarida: <b>{ $min }–{ $max } rubl va chiqarib yuborish</b>.
explain-fine-18-8-3-only = • { $art } — Moskva, Sankt-Peterburg, Moskva va Leningrad viloyatlarida boʻlish yoki roʻyxat qoidalarini buzish: <b>{ $min }–{ $max } rubl va chiqarib yuborish</b>.
explain-fine-18-8-3-1 = • { $art } — Moskva, Sankt-Peterburg, Moskva va Leningrad viloyatlarida muddat oʻtgan yoki hujjat yoʻq: <b>{ $min }–{ $max } rubl va chiqarib yuborish</b>.
explain-fine-18-10-1 = • { $art } — patentsiz, boshqa hududda yoki boshqa kasb boʻyicha ishlash: <b>{ $min }–{ $max } rubl</b>, chiqarib yuborish bilan yoki usiz.
explain-fine-18-10-2 = • { $art } — xuddi shu Moskva, Sankt-Peterburg, Moskva va Leningrad viloyatlarida: <b>{ $min }–{ $max } rubl va chiqarib yuborish</b>.
explain-fine-18-20 = • { $art } — patent uchun arizani kechiktirish: <b>{ $min }–{ $max } rubl</b>.
explain-fine-18-1-2 = • { $art } — chegarani kesib oʻtish qoidalarini buzish: <b>{ $min }–{ $max } rubl</b>.
explain-fine-replace = <b>Chiqarib yuborishni sud almashtirishi mumkin.</b> { $since } sanasidan boshlab sud chiqarib yuborish oʻrniga <b>{ $min }–{ $max } rubl</b> jarima yoki { $hmin }–{ $hmax } soat majburiy ish tayinlashi mumkin. Sud Rossiyadagi oilangizni, toʻlangan soliqlarni, Rossiyada qancha vaqt va qanchalik qonuniy yashaganingizni hisobga oladi. Bu haqda sudyaga ayting va hujjatlarni olib boring. { $src }
explain-fine-nocourt = { $since } sanasidan boshlab IIV boshliqlari baʼzi huquqbuzarliklar uchun <b>sudsiz</b> chiqarib yuborish haqida qaror qabul qilishi va { $hours } soatgacha ushlab turishi mumkin. { $src }
explain-fine-bans =
    <b>Muddatni oʻtkazib yuborganlik uchun kirish taqiqi</b> (chiqib ketgan kundan hisoblanadi):
    • { $t1 } kundan ortiq — { $y1 } yil;
    • { $t2 } kundan ortiq — { $y2 } yil;
    • { $t3 } kundan ortiq — { $y3 } yil.
    { $src }
explain-fine-ban-expulsion = <b>Chiqarib yuborish yoki deportatsiyadan</b> keyin kirish { $years } yilga yopiladi, takroriy boʻlsa — { $repeat } yilga. { $src }
explain-fine-bills = <b>Qonun loyihalari — hali qonun emas</b> (manbalar { $until } kunigacha tekshirilgan, loyihalar { $checked } kuni qayta tekshirilgan). Hozir yuqoridagi qoidalar amalda:
explain-fine-bill-18-8 = • boʻlish qoidalarini buzganlik uchun jarimalarni { $min }–{ $max } rublgacha oshirish (soʻnggi xabar — { $date } kungi). { $src }
explain-fine-bill-medical = • hamma uchun { $days } kun ichida tibbiy koʻrik va u boʻlmasa { $min }–{ $max } rubl jarima (soʻnggi xabar — { $date } kungi). { $src }
explain-fine-bill-patent = • daromadi past boʻlsa patent bermaslik va qaramogʻidagilar uchun qoʻshimcha toʻlov olish (soʻnggi xabar — { $date } kungi). { $src }

## Amina (Moscow and Moscow oblast)

explain-amina-what =
    <b>«Amina»: Moskva va Moskva viloyatida roʻyxat</b>
    Bu tajriba { $from } – { $until } davrida oʻtkaziladi. U ishga quyidagi davlatlardan kelganlarga tegishli: { $countries }. YeOII fuqarolariga ham tegishli. { $src }
explain-amina-scope = Qonun matni haqidagi xabarlarga koʻra, «Amina» patentsiz, shartnoma asosida ishlaydigan YeOII fuqarolariga va boshqa maqsadda kirib, keyin uni ishga oʻzgartirganlarga ham kerak. { $date } sanasidan boshlab, bitta matbuot xabariga koʻra, — har qanday maqsadda { $days } kundan ortiq muddatga keladiganlarning hammasiga ham (Belarus fuqarolari, voyaga yetmaganlar va diplomatlardan tashqari). Qonun matnining oʻzini koʻrmadim. { $src }
explain-amina-how =
    <b>Qanday ishlaydi:</b>
    • «Amina» ilovasini oʻrnating va «Saxarovo» migratsiya markazi (ММЦ «Сахарово») beradigan chet el fuqarosi kartasi bilan kiring;
    • sizni «Saxarovo» migratsiya markazi (ММЦ) manzili boʻyicha roʻyxatga qoʻyishadi, ilovada esa haqiqatda qayerda yashayotganingizni koʻrsatasiz;
    • koʻchsangiz, yangi manzilni { $wd } ish kuni ichida ilovada xabar qiling; boshqa hududdan qaytsangiz, «Amina» orqali qayta roʻyxatdan oʻting.
explain-amina-geo = ⚠️ <b>Geolokatsiyani oʻchirmang.</b> Ilova joylashuvingizni olmay qolsa, avval bildirishnoma yuboradi: manzilni tasdiqlang. Maʼlumot { $wd } ish kunidan ortiq kelmasa, sizni roʻyxatdan chiqarishadi va nazorat qilinadigan shaxslar reestriga kiritishlari mumkin. Ilovani har kuni tekshiring va bildirishnomalarni yoqing. { $src }
explain-amina-hotel = Istisno: mehmonxonada yashasangiz yoki kasalxonada yotsangiz, sizni ular roʻyxatga qoʻyadi. { $src }
explain-amina-transition = { $from } sanasida hududda roʻyxatsiz boʻlganlarga { $days } kun — { $until } sanasigacha muddat berilgan edi. <b>Bu muddat tugagan.</b> Roʻyxatdan oʻtmagan boʻlsangiz, «Saxarovo» migratsiya markaziga (ММЦ) murojaat qiling. { $src }

## A patent holder's year

explain-pyear-job =
    <b>Patent bilan bir yil</b>
    <b>Yangi ish beruvchi.</b> Ishni yangi patentsiz almashtirish mumkin — oʻsha hududda va oʻsha kasb boʻyicha. Yangi ish beruvchi shartnoma haqida IIVga { $wd } ish kuni ichida xabar beradi: undan tasdiqlovchi hujjatni soʻrang. { $src }
explain-pyear-loss = <b>Ishdan ayrilsangiz.</b> Patent siz uni toʻlab turganingizcha amal qiladi: oʻz vaqtida toʻlang. Sobiq ish beruvchi shartnoma tugaganini IIVga xabar qiladi. Yangi ish topish muddati tekshirilgan manbalarda yoʻq ({ $until } kunigacha tekshirilgan). { $src }
explain-pyear-loss-bill = Qonun loyihasi (hali qonun emas): { $months } oy bitta ish beruvchida, uzrli sabab bilan ketilsa — yangi shartnoma uchun { $days } kun; soʻnggi xabar — { $date } kungi. { $src }
explain-pyear-region = <b>Hudud va kasb.</b> Faqat patentdagi hududda va kasb boʻyicha ishlang. Aks holda — { $min }–{ $max } rubl jarima, chiqarib yuborish ham mumkin; Moskva, Sankt-Peterburg va ularning viloyatlarida — { $min2 }–{ $max2 } rubl va chiqarib yuborish. Bitta patent Moskva va Moskva viloyatida ({ $msk } kunidan) hamda Sankt-Peterburg va Leningrad viloyatida ({ $spb } kunidan) amal qiladi. { $src }
explain-pyear-reg = <b>Roʻyxat.</b> Patent bilan u toʻlangan muddatga uzaytiriladi — har bir toʻlovdan keyin, lekin patent berilgan kundan boshlab { $years } yildan oshmaydi. Blankada kechroq sana yozilgan boʻlsa ham, toʻlov boʻyicha hisoblang. Toʻlovdan keyin necha kun ichida uzaytirishga topshirish kerakligi topilgan manbalarda aytilmagan — toʻlovdan keyin darhol topshiring. { $src }
explain-pyear-trip = <b>Uyga borib kelish.</b> Chet elda ham patent uchun toʻlashda davom eting. «Ish» maqsadi bilan qayting. Har bir kirishdan keyin roʻyxatdan qaytadan oʻtiladi, muddat yangi kirgan kundan hisoblanadi. { $src }
explain-pyear-cap = <b>Eng uzoq muddat.</b> Patent toʻlov bilan berilgan kundan boshlab { $months } oydan ortiq uzaytirilmaydi. Oxirgi kun — berilgan kunning yillik sanasidan oldingi kun (boshqa talqinga koʻra — yillik sananing oʻzi). Patentni chiqmasdan qayta rasmiylashtirish mumkin: arizani oxirgi kundan kamida { $wd } ish kuni oldin bering. Qayta rasmiylashtirmasangiz, patent tugaydi: Rossiyadan chiqing. Yangi patent faqat «ish» maqsadi bilan qayta kirgandan keyin rasmiylashtiriladi. { $src }

## Moving

explain-move-what =
    <b>Koʻchish</b>
    Koʻchsangiz, yangi manzil boʻyicha yangi roʻyxat kerak. Kelganlik haqida xabarnomani yangi uyning qabul qiluvchi tomoni u yerga kelganingizdan keyin { $wd } ish kunidan kechiktirmay topshiradi. { $src }
explain-move-before = Koʻchgandan keyin kirgan kundan boshlanadigan muddatlar qaytadan boshlanmaydi. Birinchi roʻyxatdan oldin koʻchgan boʻlsangiz, darhol yangi manzil boʻyicha roʻyxatdan oʻting, kechiktirmang. { $src }
explain-move-amina = Moskva va Moskva viloyatida «Amina» tizimida yangi manzil ilovada { $wd } ish kuni ichida koʻrsatiladi. { $src }
explain-move-fine = Oʻz vaqtida roʻyxatdan oʻtmasangiz — { $min }–{ $max } rubl jarima, chiqarib yuborish ham mumkin; Moskva, Sankt-Peterburg va ularning viloyatlarida — { $min3 }–{ $max3 } rubl va chiqarib yuborish. { $src }
explain-move-real = Roʻyxat manzili — siz haqiqatan yashaydigan joy. Yashamasdan sotib olingan roʻyxat — soxta: bu «roʻyxatga qoʻygan» odam uchun jinoyat, siz esa roʻyxatdan oʻtmagan hisoblanasiz. { $src }

## Purpose of entry

explain-purp-what =
    <b>Tashrif maqsadi «ish» emas</b>
    Migratsion kartada (миграционная карта) kirish maqsadi yozilgan: «ish», «oʻqish», «xususiy», «turizm» va boshqalar. Patent faqat maqsad <b>«ish»</b> («работа») boʻlsa beriladi. Boshqa maqsad bilan patent olib boʻlmaydi, patentsiz esa ishlash mumkin emas. { $src }
explain-purp-fine = Patentsiz ishlash — { $min }–{ $max } rubl jarima, chiqarib yuborish ham mumkin; Moskva, Sankt-Peterburg va ularning viloyatlarida — { $min2 }–{ $max2 } rubl va chiqarib yuborish. { $src }
explain-purp-way = <b>Nima qilish kerak:</b> Rossiyadan chiqib, «ish» maqsadi bilan qayta kiring, keyin { $days } kun ichida patentga ariza bering (kirgan kun — birinchi kun). Chiqib ketish limitni nolga tushirmaydi: yil davomidagi kunlar qoʻshiladi (asossiz yiliga { $limit } kun). { $src }
explain-purp-others = Bu YeOII fuqarolariga (Qirgʻiziston, Qozogʻiston, Armaniston, Belarus) tegishli emas: ularga patent kerak emas, boʻlish muddati esa mehnat shartnomasiga bogʻliq. Kunduzgi talabalar patentsiz ishlashi mumkin — «Talabalar» boʻlimiga qarang. { $src }

## EAEU contract ended

explain-eaeu-stay =
    <b>YeOII: shartnoma tugadi</b>
    Qirgʻiziston, Qozogʻiston, Armaniston va Belarus fuqarolari patentsiz ishlaydi. Mehnat yoki fuqarolik-huquqiy shartnoma amal qilar ekan, Rossiyada shartnoma muddatigacha qolish mumkin. { $src }
explain-eaeu-after = <b>Shartnoma boʻlishning dastlabki { $limit } kunidan keyin tugagan boʻlsa</b>, yangi shartnoma tuzish uchun { $days } kun bor (shartnoma tugagan kun — birinchi kun). Ulgurmasangiz — Rossiyadan chiqing. { $src }
explain-eaeu-within = <b>Shartnoma undan oldin tugagan boʻlsa</b> — oddiy limit amal qiladi: kirgan kundan boshlab yiliga { $limit } kun. { $src }
explain-eaeu-notice = Ish beruvchi shartnoma tuzilgani va tugagani haqida IIVga { $wd } ish kuni ichida xabar beradi: tasdiqlovchi hujjatni soʻrang. { $src }
explain-eaeu-medical = Ish uchun kirmagan boʻlsangiz va keyin shartnoma tuzgan boʻlsangiz — shartnoma kunidan boshlab { $days } kun ichida tibbiy koʻrikdan oʻting. { $src }
explain-eaeu-amina = Moskva va Moskva viloyatida «Amina» tizimi ishga kelgan YeOII fuqarolariga ham tegishli, qonun matni haqidagi xabarlarga koʻra esa — boshqa maqsadda kirib, shartnoma asosida ishlayotganlarga ham. { $src }

## Lost documents

explain-lost-card =
    <b>Hujjat yoʻqoldi</b>
    <b>Migratsion karta.</b> IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) { $days } kun ichida xabar bering (yoʻqolgan kun — birinchi kun) va dublikat oling. U bepul; Rossiyaga kirgan pasportingizni olib boring. { $src }
explain-lost-patent = <b>Patent.</b> IIVda dublikat oling — davlat boji (госпошлина) { $rub } rubl. Patent uchun odatdagidek oʻz vaqtida toʻlang: toʻlovsiz u tugaydi. { $src }
explain-lost-passport = <b>Pasport.</b> Yangi pasportni davlatingiz konsulligi beradi. Keyin IIVga murojaat qiling: yangi pasportni patentga kiritish (davlat boji { $rub } rubl) va roʻyxatni yangilash uchun. Buning aniq muddatlari maʼlumotlarimizda yoʻq — kechiktirmang. { $src }

## Regime of expulsion

explain-regime-what =
    <b>Chiqarib yuborish rejimi (режим высылки)</b>
    { $since } kunidan boshlab u Rossiyada qonuniy asossiz boʻlgan har bir kishiga tatbiq etiladi: masalan, boʻlish muddati oʻtib ketganda yoki patent tugaganda. Bunday kishi nazorat qilinadigan shaxslar reestriga (РКЛ) avtomatik kiritiladi. { $src }
explain-regime-limits = <b>Cheklovlar:</b> bankda — faqat majburiy toʻlovlar, sizga oʻtkazmalar va oyiga { $cash } rubldan koʻp boʻlmagan naqd pul; nikohdan oʻtish, uy yoki mashina sotib olish, mashina haydash mumkin emas; IIV ruxsatisiz manzilni oʻzgartirish va hududdan chiqish mumkin emas. { $src }
explain-regime-duties =
    <b>Majburiyatlar:</b>
    • IIVga qayerdaligingizni xabar qilish (kela olmasangiz — geolokatsiyali surat);
    • chiqishga nima xalal berayotganini aytish;
    • chiqish sanasi, joyi va yoʻnalishini xabar qilish.
    Ularni { $times } marta va undan koʻp buzsangiz — deportatsiya va maxsus muassasaga joylashtirish. { $src }
explain-regime-exit = <b>Rejimdan qanday chiqish mumkin:</b> IIVga sana va yoʻnalishni oldindan xabar qilib, Rossiyadan chiqish; qolish uchun qonuniy asos olish; qarorni yuqori IIV boshligʻi yoki sud orqali bekor qildirish. Oʻzingizni tekshiring: { $link } yoki Gosuslugi. { $src }
explain-regime-appeal = <b>Shikoyat.</b> Chiqarib yuborish haqidagi sud qarori — nusxasini olgan kundan boshlab { $days } kun ichida; IIV qarori (kirish taqiqi, РКЛ, sudsiz chiqarib yuborish) — bu haqda bilgan kuningizdan boshlab { $months } oy ichida sudga. Bu muddatlar qonun matni boʻyicha tekshirilmagan: darhol yuristga murojaat qiling, oxirgi kunni kutmang. { $src }

## Before travelling

explain-trip-check =
    <b>Safardan oldin</b>
    Rossiyadan chiqishdan va qaytishdan oldin nazorat qilinadigan shaxslar reestrida ({ $link } yoki Gosuslugi) yoʻqligingizni va Rossiyaga kirish taqiqi yoʻqligini tekshiring. IIVning onlayn tekshiruvi faqat maʼlumot uchun; rasmiy javobni yozma soʻrovga IIV migratsiya boʻlimi yoki Federal xavfsizlik xizmati (ФСБ) beradi. { $src }
explain-trip-bans = Rossiyaga kirish boʻlish muddatini buzganlik uchun hamda chiqarib yuborish yoki deportatsiyadan keyin ({ $years } yilga) taqiqlanadi. Batafsil — «Jarimalar va taqiqlar» boʻlimida. { $src }
explain-trip-patent = <b>Patent bilan:</b> chet elda ham patent uchun oʻz vaqtida toʻlang; «ish» maqsadi bilan qayting; har bir kirishdan keyin qaytadan roʻyxatdan oʻting — muddat yangi kirgan kundan hisoblanadi. { $src }
explain-trip-border = Chegarada: chegarani kesib oʻtish qoidalarini buzganlik uchun — { $min }–{ $max } rubl jarima. { $src }
explain-trip-ruid = <b>RuID.</b> «Gosuslugi RuID» ilovasining ixtiyoriy bosqichi { $until } kuni tugadi. { $after } kunidan nima amal qilishi maʼlumotlarimizda yoʻq: ish yoki oʻqish uchun kirishdan oldin «Gosuslugi RuID» ilovasida tekshiring.
explain-trip-ruid-draft = Uni majburiy qilish loyihasi — soʻnggi xabar { $date } kungi. { $src }
explain-trip-ruid-voluntary = <b>RuID.</b> { $until } kunigacha kirishdan oldin «Gosuslugi RuID» ilovasi orqali ariza berish ixtiyoriy. { $src }

## Family

explain-fam-reg =
    <b>Bolalar Rossiyada</b>
    Har bir bola kattalar kabi migratsiya roʻyxatiga qoʻyiladi: qabul qiluvchi tomon har biri uchun alohida xabarnoma topshiradi. Moskva va Moskva viloyatida bolalar «Amina» orqali emas, oddiy tartibda roʻyxatdan oʻtadi. { $src }
explain-fam-medical = <b>Tibbiy koʻrik:</b> { $years } yoshdan kichik bolalar undan oʻtmaydi. Rossiyada { $days } kundan koʻp boʻladigan kattaroq bolalar undan kattalar kabi oʻtadi — YeOII fuqarolarining bolalari ham. { $src }
explain-fam-school = <b>Maktab:</b> qabul qilishdan oldin bola rus tili boʻyicha test topshiradi; topshira olmasa, maktabga qabul qilinmaydi. { $src }
explain-fam-bill = Qonun loyihasi (hali qonun emas): voyaga yetgan bolalar voyaga yetgandan keyin { $days } kun ichida Rossiyadan chiqishi yoki patent olishi kerak boʻladi; soʻnggi xabar — { $date } kungi. { $src }

## Students

explain-study-work =
    <b>Talabalar: ishlash mumkinmi</b>
    Rossiya kolleji yoki oliy oʻquv yurtida davlat akkreditatsiyasidan oʻtgan dastur boʻyicha kunduzgi shaklda oʻqiydigan talabalar oʻqishdan boʻsh vaqtda patentsiz ishlashi mumkin — boshqa hududda ham. { $src }
explain-study-end = Mehnat shartnomasi oʻqish bilan birga tugaydi. Sirtqi talabalarga bu huquq berilmagan. { $src }
explain-study-stay = Oʻqiyotganingizda yiliga { $limit } kunlik limit sizga tegishli boʻlmasligi mumkin: IIVda yoki oʻqish joyingizda aniqlang. { $src }
explain-study-medical = Rossiyada { $stay } kundan koʻp boʻlsangiz, kirgan kundan boshlab { $days } kun ichida tibbiy koʻrikdan oʻting (kirgan kun — birinchi kun). { $src }
explain-study-medical-bill = Qonun loyihasi (hali qonun emas; oxirgi maʼlumot — { $date } kuni) bu muddatni { $days } kungacha qisqartiradi — shu muddatda ulgurgan maʼqul. { $src }

## Where to go

explain-offices-intro =
    <b>Qayerga borish: hududlar boʻyicha</b>
    Faqat ochiq manbalardagi manzillar ({ $date } holatiga koʻra). Idoralar koʻchadi, klinikalar roʻyxati oʻzgaradi: <b>borishdan oldin</b> IIV migratsiya boʻlimida (отдел по вопросам миграции МВД) yoki Gosuslugi portalida <b>tekshiring</b>.
explain-offices-region = <b>{ $region }</b>
explain-office = • { $name } — { $services }.
explain-office-address = • { $name }, { $address } — { $services }.
explain-office-src = { $office } <i><a href="{ $url }">Manba</a>.</i>
explain-offices-find = <b>Boshqa hudud.</b> Hududingizdagi IIV migratsiya boʻlimini IIV saytida ({ $mvd }) yoki Gosuslugi portalida ({ $gosuslugi }) toping. Tibbiy koʻrikdan faqat hudud ruxsat bergan klinikalarda oʻtiladi: ularning roʻyxatini IIV migratsiya boʻlimida soʻrang. Bot oʻylab topilgan manzillarni bermaydi.
explain-service-patent = patent
explain-service-medical = tibbiy koʻrik
explain-service-fingerprints = barmoq izlari va surat
explain-service-registration = migratsiya roʻyxati
explain-service-amina = «Amina»

## Glossary

glossary-intro =
    <b>Lugʻat: hujjatlar va idoralar</b>
    Qavs ichida ruscha nomi berilgan: blankalarda va xonalar eshiklarida shunday yozilgan.
glossary-documents =
    <b>Hujjatlar</b>
    • <b>Migratsion karta</b> (миграционная карта) — kirishda beriladigan varaqa. Unda tashrif maqsadi yoziladi, masalan «ish» («работа»). Chiqib ketguncha saqlang.
    • <b>Kelganlik haqida xabarnoma</b> (уведомление о прибытии), yaʼni migratsiya roʻyxati yoki «registratsiya» — uni qabul qiluvchi tomon topshiradi, sizda qirqma qismi qoladi.
    • <b>Qabul qiluvchi tomon</b> (принимающая сторона) — sizni joylashtirgan kishi: uy egasi, ish beruvchi, mehmonxona.
    • <b>Patent</b> — vizasiz davlatlar fuqarolari uchun ishlashga ruxsat (YeOII fuqarolaridan tashqari).
    • <b>Vaqtincha yashash uchun ruxsatnoma</b> (РВП).
    • <b>Yashash guvohnomasi</b> (ВНЖ, вид на жительство).
    • <b>Ixtiyoriy tibbiy sugʻurta polisi</b> (полис ДМС) — patent uchun kerak.
    • <b>Tibbiy koʻrik</b> (медосвидетельствование) — migrantlar uchun tibbiy tekshiruv.
    • <b>Barmoq izlarini topshirish</b> (дактилоскопия) va suratga tushish.
    • <b>Rus tili sertifikati</b> (сертификат о знании русского языка) — rus tili, tarix va qonunchilik imtihonidan keyin beriladi.
glossary-offices =
    <b>Idoralar</b>
    • <b>Rossiya IIV</b> (МВД; ГУВМ, отдел по вопросам миграции) — bu yerda roʻyxat, patent, РВП, ВНЖ rasmiylashtiriladi.
    • <b>«Saxarovo» migratsiya markazi</b> (ММЦ «Сахарово») — Moskvaning koʻp funksiyali migratsiya markazi.
    • <b>Koʻp funksiyali markaz</b> (МФЦ, «Мои документы») — davlat xizmatlari markazi, kelganlik haqida xabarnomani qabul qiladi.
    • <b>Gosuslugi</b> — davlat xizmatlari sayti va ilovasi: gosuslugi.ru.
glossary-status =
    <b>Choralar va taqiqlar</b>
    • <b>Nazorat qilinadigan shaxslar reestri</b> (РКЛ) — Rossiyada boʻlishga qonuniy asosi yoʻqlarning IIV roʻyxati.
    • <b>Chiqarib yuborish rejimi</b> (режим высылки) — Rossiyada qonuniy asosi yoʻqlar uchun, ular chiqib ketguncha yoki asos olguncha amal qiladigan majburiyat va cheklovlar.
    • <b>Maʼmuriy chiqarib yuborish</b> (административное выдворение) — huquqbuzarlik uchun sud yoki IIV qarori bilan Rossiyadan majburan chiqarish.
    • <b>Deportatsiya</b> — Rossiyada boʻlishga qonuniy asos qolmaganda majburan chiqarish.
    • <b>Kirish taqiqi</b> (запрет въезда, «zapret») — bir necha yil Rossiyaga kira olmaysiz.
glossary-sources = <i>Rasmiy nomlar quyidagi qonunlardan olingan: { $laws }.</i>

## Free questions (src/faq): a typed question is answered, then the pending question is asked again.

faq-patent-price = Patent uchun oylik toʻlov, { $region }: { $rub } rubl ({ $from } kunidan boshlab). Bu { "НДФЛ" }: toʻlangan muddat tugaguncha toʻlang, chekni saqlang.
faq-patent-price-nodate = Patent uchun oylik toʻlov, { $region }: { $rub } rubl. Bu { "НДФЛ" }: toʻlangan muddat tugaguncha toʻlang, chekni saqlang.
faq-patent-price-all = <b>Patent uchun oylik toʻlov ({ "НДФЛ" })</b>
faq-price-line = • { $region }: { $rub } rubl — { $source }
faq-price-line-unsure = • { $region }: { $rub } rubl ⚠️ — { $source }
faq-price-unsure = ⚠️ — manba ishonchsiz: toʻlashdan oldin summani IIVda yoki Gosuslugi portalida tekshiring.
faq-patent-price-other = Boshqa hudud uchun summani IIVda yoki Gosuslugi portalida aniqlang: kam toʻlasangiz, patent qisqaroq muddatga toʻlangan boʻladi.
faq-patent-term = Patent olish uchun ariza ({ "заявление на патент" }) «ish» maqsadida kirgan kundan boshlab { $days } kun ichida topshiriladi.
faq-medical-term = Ishlovchilar tibbiy koʻrik va barmoq izlarini topshirishdan ({ "медосвидетельствование, дактилоскопия" }) kirgan kundan boshlab { $days } kun ichida oʻtishi kerak.
faq-offices-in = <b>{ $region }</b>
faq-office = 📍 { $name }
faq-office-address = 📍 { $name }, { $address }
faq-office-src = { $office } (<a href="{ $url }">manba</a>)
faq-offices-check = Manzillar { $date } holatiga koʻra; borishdan oldin tekshiring.
faq-find-clinic = Tibbiy koʻrik faqat hudud litsenziya bergan klinikalarda oʻtkaziladi. Ularning roʻyxati tumaningizdagi IIV migratsiya boʻlimida ({ "отдел по вопросам миграции МВД" }); boʻlimlar manzili — { $url } saytida va Gosuslugi portalida.
faq-find-mvd = Tumaningizdagi IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" }): manzillar — { $url } saytida va Gosuslugi portalida.
faq-rkl-check = Nazorat qilinadigan shaxslar reestrida ({ "РКЛ" }) bor-yoʻqligingizni tekshirish: <a href="{ $url }">{ $url }</a> (IIV sayti) yoki Gosuslugi portali.
faq-rkl-official = Saytdagi tekshiruv — faqat maʼlumot uchun. Kirish taqiqi haqida rasmiy javobni IIV yoki FXX ({ "ФСБ" }) yozma soʻrovga beradi.
faq-as-of = Maʼlumotlar { $date } holatiga koʻra. Batafsil — quyidagi tugmada.
faq-unknown = Savolni tushunmadim. Mavzuni tanlang:

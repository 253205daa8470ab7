# "Something changed": situations the standard interview does not ask about, and the second screen of regions.

menu-changed = 🔄 Nimadir oʻzgardi
sit-intro = <b>Nima oʻzgardi?</b> Tanlang — bir nechta savol beraman va muddatlarni qayta hisoblayman.
sit-moved = 🏠 Yangi manzilga koʻchdim
sit-job = 💼 Yangi shartnoma yoki ishdan ayrildim
sit-work = 📍 Boshqa hududda yoki patentdagi kasbda emas ishlayman
sit-lost = 📄 Hujjat yoʻqoldi
sit-decision = ⚖️ Chiqarib yuborish, IIV (МВД) qarori yoki РКЛ
sit-children = 👧 Rossiyada yonimda bolalar bor
sit-trip = ✈️ Chet elga borib kelmoqchiman
sit-works = 💼 Ishlayman, lekin migratsion kartada maqsad «ish» emas
sit-clear-moved = ↩️ Koʻchmadim
sit-clear-job = ↩️ Ishda hech narsa oʻzgarmadi
sit-clear-work = ↩️ Patentdagi hudud va kasbda ishlayman
sit-clear-lost = ✅ Hujjat topildi
sit-clear-decision = ✅ Qaror bekor qilindi, РКЛda yoʻqman
situation-saved = Saqlandi. Qayta hisob:
situation-cleared = Olib tashlandi. Qayta hisob:

answer-yes = Ha
answer-no = Yoʻq

region-more = Yana hududlar ›
q-region2 = <b>Qaysi hududda yashaysiz?</b>
fact-region2 = Hudud
region-sverdlovsk = Sverdlovsk viloyati
region-novosibirsk = Novosibirsk viloyati
region-tatarstan = Tatariston
region-krasnodar = Krasnodar oʻlkasi
region-tyumen = Tyumen viloyati
region-khmao = Xanti-Mansi okrugi (Yugra)

q-movhouse = <b>Endi qayerda yashaysiz?</b>
fact-movhouse = Koʻchgandan keyingi joy
q-movon = <b>Yangi manzilga qachon keldingiz?</b>
q-movreg = <b>Yangi manzil boʻyicha migratsiya roʻyxatiga qoʻyildingizmi?</b>
q-movregon = <b>Yangi manzil boʻyicha qaysi sanada roʻyxatga qoʻyildingiz?</b> Sana kelganlik haqida xabarnomaning qirqma qismida (отрывная часть уведомления) bor.
fact-movon = Yangi manzilga koʻchish
fact-movreg = Yangi manzil boʻyicha roʻyxat
fact-movregon = Yangi manzil boʻyicha roʻyxatga qoʻyilgan sana
date-name-movon = koʻchish sanasi
date-name-movregon = yangi manzil boʻyicha roʻyxatga qoʻyilgan sana

q-job = <b>Ishda nima oʻzgardi?</b>
job-new = Yangi mehnat shartnomasi
job-lost = Shartnoma tugadi, ish yoʻq
q-signed = <b>Yangi mehnat shartnomasini (трудовой договор) qachon imzoladingiz?</b>
q-notified = <b>Ish beruvchi siz bilan shartnoma haqida IIVga (МВД) xabar berdimi (ishga qabul qilinganlik haqida xabarnoma, уведомление о заключении трудового договора)?</b> Ish beruvchidan tasdiqini soʻrang.
notified-yes = Ha, xabar berdi
notified-no = Yoʻq
q-ended = <b>Mehnat shartnomangiz (трудовой договор) qaysi sanada tugadi?</b>
fact-job = Ish
fact-signed = Mehnat shartnomasi imzolangan
fact-notified = Ish beruvchining IIVga (МВД) xabarnomasi
fact-ended = Mehnat shartnomasi tugagan
date-name-signed = yangi mehnat shartnomasi sanasi
date-name-ended = mehnat shartnomasi tugagan sana

q-workreg = <b>Qaysi hududda ishlaysiz?</b>
q-patreg = <b>Patentingiz qaysi hudud uchun berilgan?</b> Hudud patent blankasida yozilgan.
q-patprof = <b>Patentda yozilgan kasb boʻyicha ishlayapsizmi?</b>
fact-workreg = Ish hududi
fact-patreg = Patent hududi
fact-patprof = Patentdagi kasb boʻyicha ish

q-lost = <b>Qaysi hujjat yoʻqoldi (yoki oʻgʻirlandi, buzildi)?</b> Pasport (паспорт), migratsion karta (миграционная карта) yoki patent (патент).
lost-passport = Pasport
lost-migration_card = Migratsion karta
lost-patent = Patent
q-loston = <b>Uni qachon yoʻqotdingiz (yoki yoʻqligini payqadingiz)?</b>
q-lostrep = <b>Yoʻqotish haqida IIVga (МВД) xabar berib, dublikat soʻradingizmi?</b>
fact-lost = Yoʻqolgan hujjat
fact-loston = Yoʻqotilgan sana
fact-lostrep = IIVga (МВД) xabar berilgan
date-name-loston = hujjat yoʻqotilgan sana

q-decision = <b>Qanday qaror oldingiz?</b>
decision-expulsion = Sud: jarima va chiqarib yuborish (выдворение)
decision-mvd = IIV (МВД) qarori (kirish taqiqi va boshqa)
decision-rkl = Nazorat qilinadigan shaxslar reestridaman (РКЛ)
q-expon = <b>Sud qarorini qachon oldingiz?</b>
q-mvdon = <b>IIV (МВД) qarori haqida qachon bildingiz?</b>
fact-decision = Qaror
fact-expon = Sud qarori olingan
fact-mvdon = IIV (МВД) qarori maʼlum boʻlgan sana
date-name-expon = sud qarori olingan sana
date-name-mvdon = IIV (МВД) qarori haqida bilgan sanangiz

q-children = <b>Rossiyada yoningizda bolalar bormi?</b>
fact-children = Rossiyadagi bolalar
q-trip = <b>Chet elga borib, qaytib kelmoqchimisiz?</b>
fact-trip = Chet elga safar
q-works = <b>Rossiyada ishlayapsizmi (ish uchun haq olasizmi)?</b>
fact-works = Rossiyada ish

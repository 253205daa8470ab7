# The interview: questions, buttons, answers shown back, refusals.

q-cit = <b>Qaysi davlat fuqarosisiz?</b>
q-cit2 = <b>Qaysi davlat?</b>
q-entry = <b>Rossiyaga oxirgi marta qachon kirdingiz?</b> Sana migratsion karta (миграционная карта) va pasportdagi muhrda bor.
q-purp = <b>Migratsion kartada kirish maqsadi nima deb yozilgan?</b> Kartada ruscha yoziladi: ish — «работа», oʻqish — «учёба», xususiy — «частная», turizm — «туризм», ishbilarmonlik — «деловая».
q-house = <b>Qayerda yashaysiz?</b>
q-region = <b>Qaysi hududda yashaysiz?</b>
q-reg = <b>Migratsiya roʻyxatiga qoʻyildingizmi (registratsiya)?</b> Hujjat — kelganlik haqida xabarnomaning qirqma qismi (отрывная часть уведомления). Moskva va Moskva viloyatida ishlovchilar «Amina» ilovasi ({ "приложение «Амина»" }) orqali roʻyxatga qoʻyiladi: shunday qilgan boʻlsangiz, bu ham «ha».
q-regon = <b>Roʻyxatga qaysi sanada qoʻyildingiz?</b> Sana xabarnomaning qirqma qismida yoki «Amina» ilovasida bor.
q-regto = <b>Roʻyxatingiz qaysi sanagacha?</b> Qirqma qismdagi «срок пребывания до» sanasi.
q-pat = <b>Ishlash uchun patentingiz bormi?</b>
q-patapp = <b>Patent uchun hujjatlarni qachon topshirdingiz?</b>
q-patiss = <b>Patent qachon berilgan?</b> Berilgan sana patent blankasida bor.
q-patpaid = <b>Patent qaysi sanagacha toʻlangan?</b> Oylik toʻlovning oxirgi chekini (квитанция) koʻring.
q-med = <b>Tibbiy koʻrikdan va barmoq izlarini topshirishdan (дактилоскопия) oʻtdingizmi?</b>
q-medon = <b>Tibbiy koʻrikdan qachon oʻtdingiz?</b>
q-contr = <b>Patent olgandan keyin mehnat shartnomasi nusxasini IIVga (МВД) berdingizmi?</b>
q-days = <b>{ $year }-yilda shu kirishdan oldin Rossiyada necha kun boʻlgansiz?</b> Sonini yozing.
q-type-hint = Sanani yozing, masalan { $example } yoki «5 mart» — yoki quyidagi taqvimdan kunni tanlang.
q-reg-date = Ha boʻlsa — roʻyxatga qoʻyilgan sanani darhol yozishingiz mumkin, masalan { $example }.
q-med-date = Ha boʻlsa — sanasini darhol yozishingiz mumkin, masalan { $example }.
q-pat-date = Bor boʻlsa — berilgan sanasini darhol yozishingiz mumkin, masalan { $example }.

nav-back = ⬅️ Orqaga

answer-today = Bugun
answer-yesterday = Kecha
answer-dont-know = Bilmayman
answer-dont-remember = Eslay olmayman

country-uz = 🇺🇿 Oʻzbekiston
country-tj = 🇹🇯 Tojikiston
country-kg = 🇰🇬 Qirgʻiziston
country-kz = 🇰🇿 Qozogʻiston
country-more = Boshqa davlat
country-am = 🇦🇲 Armaniston
country-by = 🇧🇾 Belarus
country-ua = 🇺🇦 Ukraina
country-other = Boshqa

purpose-work = Ish
purpose-study = Oʻqish
purpose-private = Xususiy
purpose-tourism = Turizm
purpose-business = Ishbilarmonlik
purpose-other = Boshqa

housing-private = Kvartira yoki uy
housing-hotel = Mehmonxona, xostel

region-moscow = Moskva
region-moscow_oblast = Moskva viloyati
region-spb = Sankt-Peterburg
region-leningrad_oblast = Leningrad viloyati
region-other = Boshqa hudud

registered-yes = Ha, roʻyxatdaman
registered-no = Hali yoʻq
patent-have = Ha, patent bor
patent-applied = Topshirdim, kutyapman
patent-notyet = Hali yoʻq
medical-yes = Ha, oʻtdim
medical-yes-undated = Ha, sanasini eslay olmayman
medical-no = Hali yoʻq
contract-yes = Ha, berdim
contract-no = Yoʻq
days-none = 0 — bu yil birinchi marta

answer-tap-button = Javobni tushunmadim. Quyidagi tugmani bosing. { $ask }
answer-ask-words = Yoki savolni soʻz bilan yozing, masalan «patent qancha turadi». Barcha mavzular: /explain
answer-date-unrecognized = Sanani tushunmadim. Masalan: { $example }. { $ask }
answer-date-impossible = Bunday sana yoʻq. Kun va oyni tekshiring.
answer-date-future = Bu sana hali kelmagan. Oʻtgan sana kerak.
answer-date-too-old = Bu sana juda uzoq oʻtmishda. Yilni tekshiring.
answer-date-too-far = Bu sana juda uzoq kelajakda. Yilni tekshiring.
answer-number-bad = Kunlar sonini 0 dan 366 gacha yozing, masalan 20. { $ask }

fact-cit = Fuqarolik
fact-cit2 = Fuqarolik
fact-entry = Kirish sanasi
fact-purp = Kirish maqsadi
fact-house = Uy-joy
fact-region = Hudud
fact-reg = Roʻyxat
fact-regon = Roʻyxatga qoʻyilgan sana
fact-regto = Roʻyxatning oxirgi kuni
fact-pat = Patent
fact-patapp = Patent hujjatlari topshirilgan sana
fact-patiss = Patent berilgan sana
fact-patpaid = Patent toʻlangan oxirgi kun
fact-med = Tibbiy koʻrik
fact-medon = Tibbiy koʻrik sanasi
fact-contr = Shartnoma nusxasi IIVga
fact-days = Bu yil kirishdan oldin Rossiyada kunlar
fact-line = { $label }: <b>{ $value }</b>
fact-date = { $date }
fact-days-value = { $days }

interview-done = Rahmat! Bugungi qonun boʻyicha natija:
edit-intro = Javoblaringiz. Nimani oʻzgartirishni bosing:
edit-saved = Saqlandi. Qayta hisob:
status-need-answers = Avval bir nechta savolga javob bering — bir daqiqa vaqt oladi.
status-partial = Hamma savollarga javob yoʻq, shuning uchun roʻyxat toʻliq boʻlmasligi mumkin.
status-error = Baʼzi javoblar bir-biriga yoki bugungi sanaga mos kelmaydi. Ularni «Javoblarni oʻzgartirish» orqali tekshiring.
explainers-choose = Nimani tushuntiray?
explainers-more = 📚 Boshqa mavzular

remind-ack-done = ✅ Bajarildi deb belgilandi. Bu haqda boshqa eslatma boʻlmaydi.
remind-ack-stopped = Yaxshi, bu eslatmalar oʻchirildi. Qayta yoqish: /reminders
remind-ack-tomorrow = Yaxshi, ertaga eslataman.
remind-ask-paid = Ajoyib! Patent qaysi sanagacha toʻlanganini yozing.
answer-days-too-many = Bu yil kirishingizgacha atigi { $max } kun boʻlgan. Sonni tekshiring.
q-labour = <b>Rossiyadagi ish beruvchi bilan mehnat yoki fuqarolik-huquqiy shartnomangiz bormi?</b> Shartnoma bilan Rossiyada shartnoma muddatigacha, 90 kunlik cheklovsiz qolishingiz mumkin.
labour-yes = Ha, shartnoma bor
labour-no = Hali yoʻq
fact-labour = Mehnat shartnomasi

# Reminders: before each deadline, the one "overdue" message, and /reminders.
# Dates and counts come as arguments; no legal number is written here.

## Kinds of deadline (short: also on the /reminders buttons)

reminder-kind-registration = Roʻyxatdan oʻtish (registratsiya)
reminder-kind-patent_application = Patentga ariza
reminder-kind-medical_exam = Tibbiy koʻrik
reminder-kind-patent_payment = Patent uchun oylik toʻlov
reminder-kind-contract_notice = Mehnat shartnomasi nusxasi IIVga
reminder-kind-stay_limit = Rossiyada vaqtincha boʻlish muddati
reminder-kind-patent_reissue = Patentni qayta rasmiylashtirish
reminder-kind-registration_end = Roʻyxatni uzaytirish
reminder-kind-registration_after_move = Yangi manzil boʻyicha roʻyxat
reminder-kind-employer_notice = Ish beruvchidan IIVga xabarnoma
reminder-kind-patent_cap_end = Patentning eng uzoq muddati
reminder-kind-eaeu_new_contract = Yangi mehnat shartnomasi (ЕАЭС)
reminder-kind-migration_card_duplicate = Migratsion karta dublikati
reminder-kind-appeal_court_decision = Sud qaroriga shikoyat
reminder-kind-appeal_mvd_decision = IIV qaroriga shikoyat

## The reminder

reminder-title = ⏰ <b>Eslatma: { $what }</b>
reminder-due = Muddat — { $date } gacha (shu kun ham kiradi). { $days } kun qoldi.
reminder-due-today = Muddat — <b>bugun</b>, { $date }. Bu oxirgi kun.
reminder-alt = Sana zaxira bilan berilgan. Qonunning boshqa talqiniga koʻra oxirgi kun — { $date }.
reminder-alt-passed = Ehtiyot sanasi, { $date }, oʻtib ketdi; qonunning boshqa talqiniga koʻra muddat — yuqoridagi sana. Hoziroq harakat qiling.

reminder-do-register_at_place_of_stay = Nima qilish kerak: migratsiya roʻyxatiga qoʻyiling (миграционный учёт). Kelganlik haqida xabarnomani (уведомление о прибытии) qabul qiluvchi tomon (принимающая сторона) — uy egasi yoki ish beruvchi topshiradi. Undan buni soʻrang va xabarnomaning qirqma qismini (отрывная часть) saqlang.
reminder-do-register_via_amina = Nima qilish kerak: «Amina» ilovasi (приложение «Амина») orqali «Saxarovo» migratsiya markazi (ММЦ) manzili boʻyicha roʻyxatdan oʻting va geolokatsiyani oʻchirmang.
reminder-do-apply_for_patent = Nima qilish kerak: patentga ariza bering (заявление на патент). Pasport, migratsion karta (миграционная карта) va patent uchun boshqa hujjatlarni oling.
reminder-do-pass_medical_exam = Nima qilish kerak: vakolatli tibbiy tashkilotda tibbiy koʻrikdan oʻting (медицинское освидетельствование). Uning natijalari patent hujjatlari uchun ham kerak.
reminder-do-pay_patent = Nima qilish kerak: patent uchun oylik toʻlovni (авансовый платёж по НДФЛ) toʻlang — bank, bank ilovasi yoki Gosuslugi (Госуслуги) orqali. Toʻlov chekini (чек) saqlang.
reminder-do-send_contract_copy = Nima qilish kerak: mehnat shartnomasi (трудовой договор) yoki fuqarolik-huquqiy shartnoma (договор ГПХ) nusxasini IIVga (МВД) topshiring — oʻzingiz yoki pochta orqali buyurtma xat bilan.
reminder-do-reissue_patent = Nima qilish kerak: hozirgi patent tugamasidan oldin uni qayta rasmiylashtirishga ariza bering (переоформление патента).
reminder-do-leave_or_get_basis_to_stay = Nima qilish kerak: shu kungacha Rossiyadan chiqing yoki qolish uchun qonuniy asos oling (masalan, patent). Muddatdan ortiq qolmang.
reminder-do-renew_registration = Nima qilish kerak: migratsiya roʻyxatini uzaytiring (продление учёта). Qabul qiluvchi tomondan (принимающая сторона) muddat tugaguncha yangi xabarnoma topshirishini soʻrang.
reminder-do-ask_employer_to_notify = Nima qilish kerak: ish beruvchidan siz bilan tuzilgan shartnoma haqida IIVga (МВД) xabar berishini soʻrang. Bu uning majburiyati; tasdiqlovchi hujjatni soʻrang.
reminder-do-sign_new_contract = Nima qilish kerak: yangi mehnat yoki fuqarolik-huquqiy shartnoma tuzing. Shartnoma boʻlmasa — shu kungacha Rossiyadan chiqing.
reminder-do-report_loss = Nima qilish kerak: migratsion karta (миграционная карта) yoʻqolgani haqida IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) xabar bering va bepul dublikat oling. Rossiyaga kirgan pasportingizni olib boring.
reminder-do-appeal = Nima qilish kerak: qarorga shikoyat bering. Darhol yuristga murojaat qiling, oxirgi kunni kutmang.

reminder-place-mvd_office = IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" })
reminder-place-mfc = koʻp funksiyali markaz (МФЦ)
reminder-place-post = pochta boʻlimi ({ "Почта России" })
reminder-place-gosuslugi = Gosuslugi («Davlat xizmatlari» portali)
reminder-place-mmc = «Saxarovo» koʻp funksiyali migratsiya markazi ({ "ММЦ «Сахарово»" })
reminder-place-amina_app = «Amina» ilovasi ({ "приложение «Амина»" })
reminder-place-licensed_clinic = chet elliklarni tibbiy koʻrikdan oʻtkazish litsenziyasi bor klinika ({ "клиника с лицензией на медосвидетельствование иностранцев" })
reminder-where = 📍 Qayerda: { $places }
# Joins places: "A, B, C".
reminder-join = { $first }, { $rest }
reminder-amount = Hududingizda oylik toʻlov: { $amount } rubl.

## After the deadline passed (sent once)

reminder-overdue-title =
    ⚠️ <b>Muddat oʻtdi: { $what }</b>
    Oxirgi kun { $date } edi ({ $days } kun oldin).
reminder-overdue-registration = Hozir nima qilish kerak: imkon qadar tezroq roʻyxatdan oʻting — qabul qiluvchi tomondan (принимающая сторона) xabarnomani bugun topshirishini soʻrang. Kechikish uchun jarima (штраф) boʻlishi mumkin. Ishonchingiz komil boʻlmasa, IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) murojaat qiling.
reminder-overdue-patent_application = Hozir nima qilish kerak: imkon qadar tezroq patentga ariza bering. Kechikish uchun jarima (штраф) solinadi; odatda uni toʻlagandan keyin patentni baribir olish mumkin — IIVda (МВД) aniqlang.
reminder-overdue-medical_exam = Hozir nima qilish kerak: imkon qadar tezroq tibbiy koʻrikdan oʻting (медицинское освидетельствование) va hujjatlarni IIVga (МВД) topshiring. Kechikish nimaga olib kelishini oʻsha yerda aniqlang.
reminder-overdue-patent_payment = Hozir nima qilish kerak: patent oxirgi toʻlangan kundan keyingi kuni tugadi, kechikkan toʻlov uni qaytarmaydi. Amaldagi patentsiz ishlamang. Keyin nima qilishni bilish uchun IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) yoki «Saxarovo» migratsiya markaziga (ММЦ) murojaat qiling.
reminder-overdue-contract_notice = Hozir nima qilish kerak: mehnat shartnomasi nusxasini imkon qadar tezroq IIVga (МВД) topshiring: usiz patent bekor qilinishi (аннулирование) mumkin. Agar allaqachon topshirgan boʻlsangiz, «Bajarildi» tugmasini bosing.
reminder-overdue-stay_limit = Hozir nima qilish kerak: siz Rossiyada ruxsat etilganidan uzoqroq turibsiz. Bu jarima, maʼmuriy chiqarib yuborish (административное выдворение) va Rossiyaga kirish taqiqiga (запрет въезда) olib kelishi mumkin. Kechiktirmang: IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) yoki yuristga murojaat qiling.
reminder-overdue-patent_reissue = Hozir nima qilish kerak: qayta rasmiylashtirishga ariza berish muddati oʻtdi. Imkon qadar tezroq IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) yoki «Saxarovo» migratsiya markaziga (ММЦ) murojaat qiling va patentni hali qayta rasmiylashtirish mumkinmi, soʻrang.
reminder-overdue-registration_end = Hozir nima qilish kerak: roʻyxat muddati tugadi. Qabul qiluvchi tomondan (принимающая сторона) darhol kelganlik haqida yangi xabarnoma topshirishini soʻrang. Ishonchingiz komil boʻlmasa, IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) murojaat qiling.
reminder-overdue-registration_after_move = Hozir nima qilish kerak: qabul qiluvchi tomondan (принимающая сторона) bugunoq yangi manzil boʻyicha xabarnoma topshirishini soʻrang («Amina»da — yangi manzilni koʻrsating). Kechikish uchun jarima (штраф) boʻlishi mumkin. Ishonchingiz komil boʻlmasa, IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) murojaat qiling.
reminder-overdue-employer_notice = Hozir nima qilish kerak: ish beruvchidan IIVga xabarnoma topshirganmi, soʻrang va tasdiqlovchi hujjatni oling. Xabarnoma boʻlmasa, nima qilishni IIV migratsiya boʻlimida (отдел по вопросам миграции МВД) aniqlang.
reminder-overdue-patent_cap_end = Hozir nima qilish kerak: patent eng uzoq muddatiga yetdi va endi amal qilmaydi. U bilan ishlamang. Imkon qadar tezroq IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) murojaat qiling yoki Rossiyadan chiqing.
reminder-overdue-eaeu_new_contract = Hozir nima qilish kerak: yangi shartnoma muddati oʻtdi, qonuniy boʻlish muddati tugadi. Bu jarima, maʼmuriy chiqarib yuborish (административное выдворение) va Rossiyaga kirish taqiqiga (запрет въезда) olib kelishi mumkin. Kechiktirmang: IIV migratsiya boʻlimiga yoki yuristga murojaat qiling.
reminder-overdue-migration_card_duplicate = Hozir nima qilish kerak: baribir imkon qadar tezroq migratsion karta dublikati uchun IIV migratsiya boʻlimiga (отдел по вопросам миграции МВД) murojaat qiling. Olgan boʻlsangiz, «Bajarildi» tugmasini bosing.
reminder-overdue-appeal_court_decision = Hozir nima qilish kerak: shikoyat muddati, ehtimol, oʻtib ketdi. Darhol yuristga murojaat qiling: u yana nima qilish mumkinligini aytadi.
reminder-overdue-appeal_mvd_decision = Hozir nima qilish kerak: shikoyat qilish muddati, ehtimol, oʻtib ketdi. Darhol yuristga murojaat qiling: u yana nima qilish mumkinligini aytadi.

## Buttons

reminder-button-done = ✅ Bajarildi
reminder-button-paid = 💳 Toʻladim — … gacha
reminder-button-tomorrow = ⏰ Ertaga eslating
reminder-button-stop = 🔕 Boshqa eslatmang

## /reminders

reminder-list-title = <b>Eslatmalar</b>
reminder-list-empty = Hozircha eslatadigan narsa yoʻq. Kirish va hujjatlar haqidagi savollarga javob bering — men reja tuzaman.
reminder-list-next = 🔔 <b>{ $what }</b> — muddat { $due }. Keyingi eslatma: { $next }.
reminder-list-none = 🔔 <b>{ $what }</b> — muddat { $due }. Bu muddat haqidagi eslatmalar yuborib boʻlindi.
reminder-list-snoozed = 🔔 <b>{ $what }</b> — muddat { $due }. Ertaga eslatishni soʻradingiz: { $next }.
reminder-list-late = 🔔 <b>{ $what }</b> — muddat { $due }. Eslatma vaqti keldi: u bir necha daqiqada keladi.
reminder-list-off = 🔕 <b>{ $what }</b> — muddat { $due }. Eslatmalar oʻchirilgan.
reminder-list-overdue = ⚠️ <b>{ $what }</b> — muddat { $due } kuni oʻtgan.
reminder-list-when = Muddatdan shuncha kun oldin eslataman: { $leads } (0 — shu kunning oʻzida), Moskva vaqti bilan soat { $time } da.
reminder-list-when-never = Eslatma kunlari tanlanmagan: hech narsa yubormayman.
reminder-list-toggle = Shu muddat haqidagi eslatmalarni yoqish yoki oʻchirish uchun tugmani bosing.
reminder-toggle-on = 🔔 { $what }
reminder-toggle-off = 🔕 { $what }
reminder-list-leads = Eslatma kunlari: qoʻshish yoki olib tashlash uchun pastdagi raqamni bosing (✅ — shuncha kun oldin eslataman, 0 — shu kunning oʻzida). Kamida bitta kun qoladi.
reminder-lead-on = ✅ { $days }
reminder-lead-off = { $days }

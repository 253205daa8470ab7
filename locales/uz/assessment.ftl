# "My situation": deadlines, risks and next steps (src/guidance).
# No legal number is written here: every number, date and amount comes as an argument.
# Russian official names stand in string literals ({ "…" }): they are quoted as is, not translated,
# and the Uzbek Cyrillic transliteration leaves them alone.

## Layout

# The lines of one paragraph; a list of items.
guidance-lines =
    { $first }
    { $rest }
guidance-list = { $first }, { $rest }
guidance-marked = { $mark } { $text }
guidance-uncertain = ❓ Bu aniq boʻlmasligi mumkin. Tekshiring: { $check }.
guidance-check = 🔎 Qayerda tekshirish mumkin: { $check }.
guidance-watch-link = <a href="{ $url }">qayerda kuzatish mumkin</a>
guidance-watch-none = yangiliklarni kuzating

situation-header = <b>{ $date } holatiga koʻra muddatlaringiz</b>
situation-no-deadlines = Hozir men hisoblay oladigan muddatlaringiz yoʻq. Biror narsa oʻzgarsa (yangi kirish, patent, roʻyxatdan oʻtish), javoblaringizni yangilang.
situation-footer = Qonun { $date } holatiga koʻra. Bu yuridik maslahat emas. Ishonchingiz komil boʻlmasa, IIV migratsiya boʻlimida ({ "отдел по вопросам миграции МВД" }), «Saxarovo» migratsiya markazida ({ "ММЦ" }, Moskva va viloyat) yoki Gosuslugi portalida tekshiring.

## Deadlines

deadline-head = { $mark } <b>{ $title }</b>: { $status }
status-done = bajarilgan
status-done-on = { $date } kuni bajarilgan
status-done-late = { $date } kuni bajarilgan, { $days } kun kechikib
status-upcoming = oxirgi kun — { $date }, { $days } kun qoldi
status-due_today = bugun oxirgi kun — { $date }!
status-overdue = muddat { $date } edi, { $days } kun oʻtib ketdi
deadline-where = Qayerda: { $places }.
deadline-amount = Oylik toʻlov: { $rub } rubl.
deadline-day-off = { $due } — dam olish kuni. Muddat kalendar kunlarida hisoblanadi va men uni surmayman: buni oldinroq, ish kunida qiling. { $date } kuni qabul qilishlarini idoraning oʻzidan oldindan soʻrang.
deadline-next-due = Keyingi muddat: { $date }.
deadline-missed = Oʻtkazib yuborsangiz: { $consequence }.
deadline-missed-fine = Oʻtkazib yuborsangiz: { $consequence }. Jarima — { $min }–{ $max } rubl.
deadline-missed-fine-only = Oʻtkazib yuborsangiz: { $min }–{ $max } rubl jarima.
deadline-threat = Xavf: { $consequence }.
deadline-threat-fine = Xavf: { $consequence }. Jarima — { $min }–{ $max } rubl.
deadline-threat-fine-only = Xavf: { $min }–{ $max } rubl jarima.
deadline-late = Muddat oʻtib ketdi: buni imkon qadar tezroq qiling.
deadline-lost-patent = Patent endi amal qilmaydi: uni oʻtgan sana bilan toʻlab boʻlmaydi. Nima qilish kerakligi — quyida.
deadline-lost-stay = Siz Rossiyada ruxsat etilgan muddatdan ortiq turibsiz. Imkon qadar tezroq IIVga murojaat qiling yoki Rossiyadan chiqing — batafsil quyida.
deadline-alt = Sana ehtiyot hisobi boʻyicha, zaxira bilan berilgan. Qonunning boshqa talqiniga koʻra oxirgi kun — { $alt }.
source-line = Manba: { $source }. Ishonchlilik: { $confidence }.
source-link = Manba: <a href="{ $url }">{ $source }</a>. Ishonchlilik: { $confidence }.
confidence-high = yuqori
confidence-medium = oʻrtacha
confidence-low = past

deadline-registration-title = Migratsiya roʻyxatiga qoʻyilish ({ "миграционный учёт" })
deadline-patent_application-title = Patent olish uchun ariza ({ "заявление на патент" })
deadline-medical_exam-title = Tibbiy koʻrik, barmoq izlari va surat ({ "медосвидетельствование, дактилоскопия" })
deadline-patent_payment-title = Patent uchun oylik toʻlov ({ "ежемесячный платёж за патент" })
deadline-contract_notice-title = Mehnat shartnomasi nusxasini IIVga topshirish ({ "копия трудового договора в МВД" })
deadline-stay_limit-title = Vaqtincha boʻlish muddati ({ "срок временного пребывания" })
deadline-patent_reissue-title = Patentni qayta rasmiylashtirish ({ "переоформление патента" })
deadline-registration_end-title = Roʻyxat muddatining tugashi ({ "окончание миграционного учёта" })
deadline-registration_after_move-title = Yangi manzil boʻyicha roʻyxatga qoʻyilish ({ "учёт по новому адресу" })
deadline-employer_notice-title = Shartnomangiz haqida IIVga xabarnoma (ish beruvchi topshiradi; { "уведомление о заключении трудового договора" })
deadline-patent_cap_end-title = Patentning oxirgi kuni ({ "предельный срок патента" })
deadline-eaeu_new_contract-title = Yangi mehnat shartnomasi (YeOII, { "ЕАЭС" })
deadline-migration_card_duplicate-title = Yoʻqolgan migratsion karta: xabar berish va dublikat olish ({ "дубликат миграционной карты" })
deadline-appeal_court_decision-title = Chiqarib yuborish haqidagi sud qaroriga shikoyat ({ "жалоба на постановление суда" })
deadline-appeal_mvd_decision-title = IIV qaroriga shikoyat qilish ({ "обжалование решения МВД" })

action-register_at_place_of_stay = Boʻlib turgan joyingiz boʻyicha migratsiya roʻyxatiga qoʻyiling ({ "учёт по месту пребывания" }).
action-register_via_amina = «Amina» ilovasi orqali «Saxarovo» migratsiya markazi ({ "ММЦ" }) manzili boʻyicha roʻyxatdan oʻting va ilovada qayerda yashayotganingizni koʻrsating.
action-apply_for_patent = Patent olish uchun ariza topshiring.
action-pass_medical_exam = Tibbiy koʻrikdan oʻting, barmoq izlarini topshiring va suratga tushing ({ "дактилоскопия" }).
action-pay_patent = Patentning keyingi oyi uchun shu kungacha toʻlang ({ "НДФЛ" }). Chekni saqlab qoʻying.
action-send_contract_copy = Mehnat yoki fuqarolik-huquqiy shartnoma nusxasini IIVga topshiring.
action-reissue_patent = Patentni qayta rasmiylashtirish uchun ariza bering — buning uchun Rossiyadan chiqish shart emas.
action-leave_or_get_basis_to_stay = Shu kungacha Rossiyadan chiqing yoki qolish uchun qonuniy asos rasmiylashtiring.
action-renew_registration = Roʻyxat muddati tugamasdan uni uzaytiring yoki Rossiyadan chiqing.
action-ask_employer_to_notify = Ish beruvchidan siz bilan tuzilgan shartnoma haqida IIVga xabar berishini va tasdigʻini koʻrsatishini soʻrang.
action-sign_new_contract = Shu kungacha yangi mehnat yoki fuqarolik-huquqiy shartnoma tuzing yoki Rossiyadan chiqing.
action-report_loss = Migratsion karta yoʻqolgani haqida IIV migratsiya boʻlimiga ({ "отдел по вопросам миграции МВД" }) xabar bering va dublikat oling. U bepul. Rossiyaga kirgan pasportingizni olib boring.
action-appeal = Qarorga shikoyat bering. Darhol yuristga murojaat qiling — oxirgi kunni kutmang.

place-mvd_office = IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" })
place-mfc = koʻp funksiyali markaz ({ "МФЦ «Мои документы»" })
place-post = pochta boʻlimi ({ "Почта России" })
place-gosuslugi = Gosuslugi («Davlat xizmatlari» portali)
place-mmc = «Saxarovo» koʻp funksiyali migratsiya markazi ({ "ММЦ «Сахарово»" })
place-amina_app = «Amina» ilovasi ({ "приложение «Амина»" })
place-licensed_clinic = chet elliklarni tibbiy koʻrikdan oʻtkazish litsenziyasi bor klinika ({ "клиника с лицензией на медосвидетельствование иностранцев" })

consequence-fine = jarima
consequence-fine_and_expulsion_possible = jarima; sud sizni Rossiyadan chiqarib yuborishi ham mumkin ({ "административное выдворение" })
consequence-fine_and_expulsion = jarima va Rossiyadan maʼmuriy chiqarib yuborish ({ "административное выдворение" })
consequence-patent_ends = patent tugaydi va uni tiklab boʻlmaydi
consequence-patent_annulled = IIV patentni bekor qiladi ({ "аннулирование патента" })
consequence-sanction_unclear = hozir jazo aniq emas, manbalar turlicha aytadi. Baribir buni oʻz vaqtida bajaring
consequence-sanction_unclear-late = hozir jazo aniq emas: manbalar turlicha aytadi
consequence-entry_ban = Rossiyaga kirish taqiqi ({ "запрет въезда" })
consequence-rkl_inclusion = sizni nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishadi
consequence-deregistered = sizni migratsiya roʻyxatidan chiqarishadi va nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishlari mumkin
consequence-employer_fined = ish beruvchiga jarima solinishi mumkin, IIV esa siz qonuniy ishlayotganingizni bilmay qolishi mumkin
consequence-stay_ends = qonuniy boʻlish muddati tugaydi, keyin — jarima, chiqarib yuborish, { "РКЛ" } va Rossiyaga kirish taqiqi
consequence-decision_becomes_final = qaror kuchga kiradi va ijro etiladi

## Notes

note-host_files_notice = Kelganlik haqida xabarnomani qabul qiluvchi tomon (uy egasi yoki ish beruvchi) topshiradi. Undan xabarnomaning qirqma qismini oling — bu sizning tasdigʻingiz.
note-counted_from_entry_date = Muddat manzilga kelgan kundan hisoblanadi; men ishonchli boʻlishi uchun kirgan kundan hisobladim.
note-some_sources_count_working_days = Baʼzi manbalar bu { $days } kunni ish kunlari deb hisoblaydi. Men kalendar kunlarni hisobladim — bu ishonchliroq.
note-longer_term_also_reported = Uzunroq muddat ham aytiladi — { $days } kun. Men qisqasini oldim — bu ishonchliroq.
note-ukraine_special_regime = Ukraina fuqarolari uchun Prezident farmoni boʻyicha alohida tartib bor. Muddatlaringizni IIVda aniqlang.
note-belarus_terms_unverified = Belarus fuqarolari uchun muddatlar aniq tasdiqlanmagan. IIVda aniqlang.
note-register_via_amina = Moskva va Moskva viloyatida ishchilar «Amina» ilovasi orqali «Saxarovo» migratsiya markazi ({ "ММЦ" }) manzili boʻyicha roʻyxatdan oʻtadi va ilovada haqiqiy manzilini koʻrsatadi.
note-medical_needed_for_patent = Tibbiy koʻrik maʼlumotnomalari ({ "медицинские справки" }) patent olish uchun kerak.
note-medical_repeat_yearly = Maʼlumotnomalar { $months } oy amal qiladi, keyin tibbiy koʻrikdan yana oʻtish kerak.
note-patent_cannot_be_revived = Toʻlovni bir kunga kechiktirsangiz ham, patent tugaydi va uni tiklab boʻlmaydi — faqat yangisini rasmiylashtirish mumkin.
note-monthly_amount_not_in_data = Hududingiz uchun toʻlov miqdorini bilmayman: uni IIVda yoki Gosuslugi portalida aniqlang.
note-prior_days_unknown = Bu kirishdan oldin shu yili Rossiyada necha kun boʻlganingizni bilmayman va boʻlmagansiz deb hisobladim. Agar boʻlgan boʻlsangiz, oxirgi kun ertaroq keladi.
note-limit_used_before_entry = Bu kirishdan oldin siz shu yilning barcha { $days } kunini ishlatib boʻlgansiz.
note-old90_in180_rule = Muddat kirgan kuningizda amalda boʻlgan qoida boʻyicha hisoblanadi: istalgan { $window } kun ichida { $days } kundan koʻp emas. Kirishdan oldingi kunlar ham hisobga olinishi mumkin.
note-students_may_be_exempt = Rossiya oliy oʻquv yurtlari va kollejlari talabalariga bu cheklov tegishli boʻlmasligi mumkin. IIVda yoki oʻqish joyingizda aniqlang.
note-rule_start_date_disputed = Yangi qoidaning boshlanish sanasi bahsli: IIV boʻyicha — { $from }, baʼzi manbalar boʻyicha — { $alt }. Men IIV boʻyicha hisobladim.
note-crosses_year_end = Boʻlish muddatingiz yangi yilga oʻtadi. Yangi yil kunlari qaytadan hisoblansa ham, ketma-ket { $days } kundan koʻp boʻlish mumkin emas.
note-event_day_may_count = Muddatning birinchi kuni deb u boshlanadigan voqea kunining oʻzini hisoblayman. Keyingi kundan hisoblansa — { $later } kunigacha; { $safe } kunigacha ulgurgan maʼqul.
note-earlier_reading_passed = Ehtiyot sanasi, { $alt }, oʻtib ketdi. Qonunning boshqa talqiniga koʻra oxirgi kun — yuqorida koʻrsatilgan kun. Hoziroq harakat qiling.
note-pending_bill_shorter_term = Qonun loyihasi (hali qonun emas; oxirgi maʼlumot — { $stage } kuni) bu muddatni qisqartiradi, shuning uchun { $safe } kunigacha ulgurishni maslahat beraman. Amaldagi qonun boʻyicha — { $later } kunigacha.
note-year_end_counting_unpublished = IIV kunlarni Yangi yil orqali qanday hisoblashi eʼlon qilinmagan. { $safe } kunigacha chiqib ketgan maʼqul. Agar yangi yildan kunlar qaytadan hisoblansa — { $later } kunigacha.
note-after_move = Koʻchgandan keyin yangi xabarnoma yangi manzilga kelgan kundan boshlab { $days } ish kuni ichida topshiriladi. Kirgan kundan boshlanadigan muddatlar qaytadan boshlanmaydi.
note-capped_by_patent_period = Patent bilan roʻyxat faqat toʻlangan muddatga amal qiladi, blankada { $alt } yozilgan boʻlsa ham. Har bir toʻlovdan keyin roʻyxatni uzaytiring.
note-capped_by_one_year = Roʻyxat roʻyxatga qoʻyilgan sanadan boshlab { $years } yildan ortiq amal qilmaydi, blankada { $alt } yozilgan boʻlsa ham.
note-patent_cap_reached = Patent eng uzoq muddatiga yetdi: endi uni toʻlab boʻlmaydi. Faqat qayta rasmiylashtirish yoki Rossiyadan chiqish mumkin.
note-last_month_before_cap = Bu toʻlash mumkin boʻlgan oxirgi oy: keyin patent eng uzoq muddatiga yetadi. Qayta rasmiylashtirishga oldindan ariza bering.
note-contract_unknown_limit_shown = Mehnat shartnomangiz bor-yoʻqligini aytmadingiz, shuning uchun umumiy boʻlish muddatini koʻrsatyapman. Shartnoma boʻlsa, shartnoma muddatigacha qolishingiz mumkin.
note-amina_may_apply = Ehtimol, «Amina» orqali roʻyxatdan oʻtishingiz kerak: matbuot xabarlariga koʻra, tizim «ish» maqsadida kirmaganlarning bir qismiga ham tegishli (masalan, uzoq muddatga oʻqishga kelganlarga). Qonunning bu haqdagi matnini koʻrmadim. «Saxarovo» migratsiya markazida ({ "ММЦ" }) aniqlang.
note-amount_unverified = Toʻlov miqdori ishonchsiz manbadan olingan. Toʻlashdan oldin uni IIVda yoki Gosuslugi portalida tekshiring: kamroq toʻlasangiz, patent qisqaroq muddatga toʻlangan boʻladi.
note-reentered_with_patent = Chet elga borib kelgandan keyin roʻyxatdan qaytadan oʻtiladi, muddat yangi kirgan kundan hisoblanadi — patent toʻlangan boʻlsa ham.
note-employer_files = Bu ish beruvchining majburiyati: unda { $days } ish kuni bor. Xabarnoma topshirilganini tasdiqlovchi hujjatni soʻrang.
note-counted_from_contract = Shartnomani kirgandan keyin tuzgansiz: tibbiy koʻrik — shartnoma kunidan boshlab { $days } kun ichida, agar bu kirgan kundan hisoblangan muddatdan oldinroq boʻlsa. Bu tasdiqlanmagan: IIVda aniqlang.

## Risks

risk-overstay = Qonuniy boʻlish muddati tugagan: oxirgi qonuniy kun { $date } edi. Siz Rossiyada muddatdan { $days } kun ortiq turibsiz.
risk-threat-fine = Xavf: { $consequence }. Jarima — { $min }–{ $max } rubl.
risk-entry_ban = Siz Rossiyada muddatdan { $days } kun ortiq qoldingiz. Buning uchun Rossiyaga kirish { $years } yilga taqiqlanadi (chiqib ketgan kundan hisoblanadi).
risk-entry_ban-next = Agar { $date } kuni hali Rossiyada boʻlsangiz, taqiq { $years } yilga boʻladi.
risk-entry_ban-ahead = Agar { $date } kuni hali Rossiyada boʻlsangiz, Rossiyaga kirish { $years } yilga taqiqlanadi. Bu kungacha { $days } kun qoldi.
risk-expulsion_ban = Chiqarib yuborilgandan keyin Rossiyaga kirish { $years } yilga taqiqlanadi.
risk-expulsion_replacement = Sud chiqarib yuborishni { $min }–{ $max } rubl jarima bilan almashtirishi mumkin. Sud Rossiyadagi oilangizni, toʻlangan soliqlarni va bu yerda qancha yashaganingizni hisobga oladi.
risk-expulsion_without_court = IIV organi boshligʻi sizni chiqarib yuborish haqida sudsiz oʻzi qaror qabul qilishi mumkin.
risk-rkl_possible = Siz nazorat qilinadigan shaxslar reestridasiz ({ "РКЛ" }) yoki yaqinda unga kiritilasiz: Rossiyada boʻlish uchun qonuniy asos boʻlmasa, avtomatik kiritishadi. Unda IIV ruxsatisiz manzilni oʻzgartirish va hududdan chiqish, hisob ochish, uy va mashina sotib olish, mashina haydash, nikohdan oʻtish mumkin emas.
risk-rkl_possible-cash = Oyiga { $rub } rubldan koʻp naqd pul yechib boʻlmaydi.
risk-patent_ended = Patent { $date } kuni amal qilishdan toʻxtadi: keyingi oy oʻz vaqtida toʻlanmagan. Uni tiklab boʻlmaydi va u bilan ishlash mumkin emas.
risk-amina_geolocation = «Amina» ilovasida geolokatsiyani yoqilgan holda saqlang va ilovaga har kuni kiring. Joylashuv maʼlumoti kelmasa, ilova avval bildirishnoma yuboradi — manzilni tasdiqlang. Aks holda sizni roʻyxatdan chiqarishadi va nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishlari mumkin.
risk-amina_geolocation-days = Geolokatsiya { $days } ish kunidan ortiq boʻlmasa, roʻyxatdan chiqarishadi.
risk-registration_term_uncertain = Fuqaroligingiz uchun roʻyxatga qoʻyilish muddati aniq maʼlum emas. Men eng qisqasini koʻrsatyapman — bu ishonchliroq.
risk-registration_term_uncertain-alt = Baʼzi manbalar { $days } kun deydi.
risk-hotel_registers_guest = Siz mehmonxonada yashayapsiz: u sizni oʻzi migratsiya roʻyxatiga qoʻyadi, sizga hech narsa topshirish shart emas. Administratordan kelganlik haqida xabarnomaning qirqma qismini soʻrang.
risk-hotel_registers_guest-days = Mehmonxona buni kelganingizdan keyin { $days } ish kuni ichida qilishi kerak.
risk-registration_over_cap = Roʻyxat ruxsat etilganidan uzoqroq muddatga rasmiylashtirilgan. U faqat { $date } kunigacha amal qiladi deb hisoblang va oldindan uzaytiring.
risk-medical_repeat_due = Tibbiy koʻrik maʼlumotnomalarining muddati tugayapti. { $date } kunigacha qayta oʻting ({ $days } kun qoldi).
risk-medical_repeat_due-late = Qayta tibbiy koʻrik muddati { $date } kuni oʻtib ketdi ({ $days } kun oldin). Imkon qadar tezroq oʻting.
risk-amnesty_open = Huquqiy holatni tartibga solish (amnistiya) oynasi { $date } kunigacha ochiq. Imkon qadar tezroq IIVga murojaat qiling.
risk-amnesty_closed = Amnistiya { $date } kuni tugagan. Yangisi haqida manbalarimda hech narsa yoʻq ({ $until } kunigacha tekshirilgan). Hozir muddatni buzganlarni chiqarib yuborishadi va Rossiyaga kirishni taqiqlashadi.
risk-pending_change = Qoidalarni oʻzgartirish tayyorlanmoqda. Bu hali qonun emas va men uni hisobga olmayapman.
risk-pending_change-medical = Qonun loyihasi: uzoq muddatga kelganlarning hammasi { $days } kun ichida tibbiy koʻrikdan oʻtishi kerak, jarima — { $min }–{ $max } rubl. Bu hali qonun emas.
risk-pending_change-income_test = Qonun loyihasi: daromad past boʻlsa, patent berilmasligi yoki bekor qilinishi mumkin. Bu hali qonun emas.
risk-pending_change-ruid = Loyiha: ish va oʻqish uchun kirishdan oldin «Gosuslugi RuID» ilovasi orqali ariza berish majburiy boʻlishi mumkin (rejada { $date } kunidan edi). Hozir nima amal qilishini bilmayman: kirishdan oldin «Gosuslugi RuID»da tekshiring.
risk-pending_change-fines = Qonun loyihasi: boʻlish qoidalarini buzganlik uchun jarimalarni { $min }–{ $max } rublgacha oshirish. Bu hali qonun emas.
risk-pending_change-one_employer = Qonun loyihasi: patent bilan { $months } oy bitta ish beruvchida ishlash; shartnoma uzrli sabab bilan oldinroq tugasa — yangisi uchun { $days } kun. Bu hali qonun emas.
risk-pending_change-recruitment = Loyiha: { $from } kunidan { $until } kunigacha Moskva va Moskva viloyatidan tashqari barcha hududlarda chet ellik ishchilarni tashkiliy yollash ({ "оргнабор" }). Bu hali qonun emas.
risk-pending_change-stage = Soʻnggi xabar — { $date } kungi, { $checked } kuni qayta tekshirilgan: { $watch }.
risk-purpose_unknown = Siz kirish maqsadini koʻrsatmadingiz. Agar ishlash uchun kelgan boʻlsangiz, sizda boshqa muddatlar ham bor: patent va tibbiy koʻrik. Maqsadni koʻrsating — u migratsion kartada yozilgan.
risk-work_outside_patent = Siz patentda koʻrsatilgan hududda yoki kasb boʻyicha ishlamayapsiz. Bu qoidabuzarlik: patentsiz ishlash kabi jazolanadi.
risk-patent_two_regions = Bitta patent ikki hududda amal qiladi: { $a } va { $b } ({ $date } kunidan). Ikkalasida ham ishlash mumkin.
risk-wrong_purpose_for_work = Migratsion kartangizda tashrif maqsadi «ish» ({ "работа" }) emas. Patent faqat «ish» maqsadi bilan beriladi, patentsiz esa ishlash mumkin emas. Chiqish yoʻli: Rossiyadan chiqib, «ish» maqsadi bilan qayta kiring va { $days } kun ichida patentga ariza bering.
risk-expulsion_regime = Sizga chiqarib yuborish rejimi ({ "режим высылки" }) tatbiq etiladi: Rossiyada boʻlish uchun qonuniy asosingiz yoʻq. IIVga qayerdaligingizni, chiqishga nima xalal berayotganini, chiqish sanasi, joyi va yoʻnalishini xabar qiling. Bu majburiyatlarni { $times } marta va undan koʻp buzsangiz — deportatsiya va maxsus muassasaga joylashtirish.
risk-lost_document = Patent dublikati yoki yangi pasportdan keyin patentga oʻzgartirish kiritish uchun davlat boji ({ "госпошлина" }) — { $rub } rubl. Yangi pasportni davlatingiz konsulligi beradi. Patent uchun oʻz vaqtida toʻlashda davom eting.
risk-job_lost = Ish tugadi, lekin patent siz uni toʻlab turganingizcha amal qiladi. Sobiq ish beruvchi { $days } ish kuni ichida IIVga xabar berishi kerak. Yangi ish topish uchun muddat tekshirilgan manbalarda yoʻq ({ $until } kunigacha tekshirilgan).
risk-job_lost-bill = Qonun loyihasi (hali qonun emas) yangi shartnoma uchun { $days } kun bergan boʻlardi.
risk-children_obligations = Bolalar: har bir bola alohida kelganlik haqida xabarnoma bilan roʻyxatga qoʻyiladi (Moskva va viloyatda — «Amina» orqali emas). { $years } yoshdan boshlab Rossiyada { $days } kundan koʻp boʻladigan bola tibbiy koʻrikdan oʻtadi. Maktabga qabul qilishdan oldin — rus tili boʻyicha test.
risk-before_travel = Rossiyadan chiqishdan va qaytishdan oldin nazorat qilinadigan shaxslar reestrida ({ "РКЛ" }) yoʻqligingizni va Rossiyaga kirish taqiqi yoʻqligini tekshiring. IIV saytidagi tekshiruv faqat maʼlumot uchun; rasmiy javobni IIV yoki Federal xavfsizlik xizmati ({ "ФСБ" }) yozma soʻrovga beradi.
risk-before_travel-patent = Patent bilan: chet elda ham toʻlashda davom eting, «ish» maqsadi bilan qayting va har bir kirishdan keyin yana roʻyxatdan oʻting.
risk-patent_annulled = Mehnat shartnomasi nusxasini { $date } kunigacha IIVga ({ "МВД" }) topshirish kerak edi. Topshirilmagan boʻlsa, IIV patentni bekor qiladi ({ "аннулирует патент" }): u amal qilmay qoladi, toʻlovlar uni saqlab qolmaydi, amaldagi patentsiz esa ishlash mumkin emas. Darhol shartnoma nusxasi bilan IIVga boring va patentingiz amal qilayotganini bilib oling.
risk-work_without_patent = Sizda amaldagi patent yoʻq, unga ariza berish muddati esa oʻtib ketgan (yoki patent tugagan). Amaldagi patentsiz ishlash mumkin emas.
risk-students_may_work = Rossiya kollejlari va oliy oʻquv yurtlarining akkreditatsiyalangan dasturlarida kunduzgi shaklda oʻqiydigan talabalar oʻqishdan boʻsh vaqtda patentsiz ishlashi mumkin, boshqa hududda ham. Shartnoma oʻqish bilan birga tugaydi. Sirtqi talabalarga bu tegishli emas.

## Where to check

check-mvd_office = IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" })
check-mmc = «Saxarovo» koʻp funksiyali migratsiya markazi ({ "ММЦ «Сахарово»" })
check-patent_valid = IIV ({ "МВД" }) sayti: { "«Проверка действительности патента»" }, <a href="{ $url }">{ $url }</a>
check-mvd_rkl_page = IIV ({ "МВД" }) saytidagi «Nazorat qilinadigan shaxslar reestri» sahifasi: <a href="{ $url }">{ $url }</a>, yoki Gosuslugi portali
check-mvd_rkl_page-nolink = IIV ({ "МВД" }) saytidagi «Nazorat qilinadigan shaxslar reestri» sahifasi ({ "реестр контролируемых лиц" }) yoki Gosuslugi portali
check-gosuslugi = Gosuslugi («Davlat xizmatlari» portali)
check-hotel = mehmonxona administratori

## Next steps

steps-header = <b>Keyin nima qilish kerak</b>
step-line = { $n }. { $step }
step-line-due = { $n }. { $step } (muddat — { $date })
step-line-check = { $n }. { $step } — qayerda: { $check }
step-check_rkl_status = Nazorat qilinadigan shaxslar reestrida ({ "РКЛ" }) yoʻqligingizni tekshiring
step-regularise_or_leave = Boʻlishingizni qonuniylashtirish uchun IIVga ({ "МВД" }) murojaat qiling yoki Rossiyadan chiqing
step-register_at_place_of_stay = Migratsiya roʻyxatidan oʻting
step-register_via_amina = «Amina» orqali roʻyxatdan oʻting
step-confirm_hotel_registration = Mehmonxonadan kelganlik haqida xabarnomaning qirqma qismini oling ({ "отрывная часть уведомления о прибытии" })
step-apply_for_patent = Patent olish uchun ariza topshiring
step-pass_medical_exam = Tibbiy koʻrikdan oʻting, barmoq izini topshiring ({ "медосвидетельствование, дактилоскопия" })
step-pay_patent = Patent uchun toʻlang
step-send_contract_copy = Mehnat shartnomasi nusxasini IIVga topshiring ({ "копия трудового договора в МВД" })
step-reissue_patent = Patentni qayta rasmiylashtirishga ariza bering
step-leave_before_stay_limit = Boʻlish muddati tugashidan oldin chiqing yoki qolish uchun asos rasmiylashtiring
step-renew_registration = Roʻyxat muddatini uzaytiring
step-repeat_medical_exam = Tibbiy koʻrikdan qayta oʻting ({ "медосвидетельствование" })
step-keep_geolocation_on = «Amina»da geolokatsiyani yoqilgan holda saqlang
step-check_terms_at_mvd = Sizga qaysi roʻyxatga qoʻyilish muddati tegishli ekanini IIVda ({ "МВД" }) aniqlang
step-register_after_move = Yangi manzil boʻyicha roʻyxatdan oʻting
step-ask_employer_to_notify = Ish beruvchidan shartnoma haqida IIVga xabar berishini soʻrang ({ "уведомление МВД о трудовом договоре" })
step-sign_new_contract = Yangi mehnat shartnomasi ({ "трудовой договор" }) tuzing yoki Rossiyadan chiqing
step-report_lost_migration_card = Migratsion karta ({ "миграционная карта" }) yoʻqolgani haqida IIVga ({ "МВД" }) xabar bering
step-appeal_decision = Qarorga shikoyat qiling — darhol yuristga murojaat qiling
step-replace_lost_document = Yoʻqolgan hujjatni tiklang
step-stop_work_outside_patent = Faqat patentdagi hududda va kasb boʻyicha ishlang
step-leave_and_reenter_for_work = Rossiyadan chiqib, «ish» ({ "работа" }) maqsadi bilan qayta kiring
step-follow_expulsion_regime_duties = IIVga ({ "МВД" }) qayerdaligingizni va qanday chiqib ketishingizni xabar qiling (chiqarib yuborish rejimi, { "режим высылки" })
step-check_before_travel = Safardan oldin { "РКЛ" } va kirish taqiqini tekshiring
step-keep_paying_patent = Patent uchun toʻlashda davom eting
step-leave_before_ban = Uzoqroq kirish taqiqi boshlanmasidan oldin Rossiyadan chiqing
step-check_patent_at_mvd = Patent amal qilayotganini tekshiring

## The first screen of "my situation" (src/guidance/first.rs): what to do next, in about 700 characters.
## The rest (sources, consequences, notes, risks) is behind the "More" button (status-more).

first-header = <b>Hozir nima qilish kerak</b> — { $date }
first-overstay = 🔴 Qonuniy boʻlish muddati { $date } kuni tugagan. Siz Rossiyada muddatdan { $days } kun ortiq turibsiz.
first-no-work = 🔴 Patentsiz ishlamang: { $min }–{ $max } rubl jarima { $expel ->
    [always] va Rossiyadan chiqarib yuborish
   *[other] va, ehtimol, Rossiyadan chiqarib yuborish
    } ({ $source }).
first-annulled = 🔴 Mehnat shartnomasi nusxasini IIVga ({ "копия трудового договора в МВД" }) { $date } kunigacha berish kerak edi. Usiz patent bekor qilinadi ({ "аннулирование патента" }): IIV tasdiqlamaguncha, unga toʻlash befoyda.
first-annulled-overstay = 🔴 Shartnoma nusxasi IIVga ({ "копия договора в МВД" }) { $date } kunigacha berilmagan: buning uchun patent bekor qilinadi ({ "аннулирование" }). Unda qonuniy boʻlish muddati { $end } kuni tugagan: { $days } kun ortiqcha.
first-nothing = Hozir hech narsa qilish shart emas.
first-action = { $n }. { $mark } <b>{ $step }</b> — { $when }
first-action-undated = { $n }. { $mark } <b>{ $step }</b>
first-leave-before-ban = Rossiyadan { $date } kunidan kechiktirmay chiqing: { $from } kunidan boshlab kirish taqiqi { $years } yil boʻladi
first-when-by = { $date } kunigacha ({ $days } kun qoldi)
first-when-today = bugun oxirgi kun, { $date }!
first-when-passed = muddat { $date } edi: imkon qadar tezroq qiling
first-where = 📍 { $place }
first-check = 🔎 { $check }
first-rkl = { $url } yoki Gosuslugi
first-amount = 💳 oyiga { $rub } rubl
first-office = { $name }
first-or = { $first } yoki { $rest }
first-host-files = xabarnomani ({ "уведомление" }) uy egasi yoki ish beruvchi topshiradi: { "МФЦ" }, pochta yoki IIV ({ "МВД" })
first-find-clinic = litsenziyali klinika ({ "медосвидетельствование" }): roʻyxati IIVda ({ "МВД" })
first-find-mvd = IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" }), manzillar: { $url }
first-footer = Manbalar va tafsilotlar — «Batafsil» tugmasida. Qonun { $date } holatiga koʻra.
first-footer-more = Boshqa muddatlar, ogohlantirishlar va manbalar — «Batafsil» tugmasida. Qonun { $date } holatiga koʻra.
status-more = 📋 Batafsil

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
deadline-day-off = Bu kun — dam olish kuni. Oldinroq ulgurgan maʼqul; odatda keyingi ish kuni, { $date } kuni ham qabul qilishadi.
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

action-register_at_place_of_stay = Boʻlib turgan joyingiz boʻyicha migratsiya roʻyxatiga qoʻyiling ({ "учёт по месту пребывания" }).
action-register_via_amina = «Amina» ilovasi orqali «Saxarovo» migratsiya markazi ({ "ММЦ" }) manzili boʻyicha roʻyxatdan oʻting va ilovada qayerda yashayotganingizni koʻrsating.
action-apply_for_patent = Patent olish uchun ariza topshiring.
action-pass_medical_exam = Tibbiy koʻrikdan oʻting, barmoq izlarini topshiring va suratga tushing ({ "дактилоскопия" }).
action-pay_patent = Patentning keyingi oyi uchun shu kungacha toʻlang ({ "НДФЛ" }). Chekni saqlab qoʻying.
action-send_contract_copy = Mehnat yoki fuqarolik-huquqiy shartnoma nusxasini IIVga topshiring.
action-reissue_patent = Patentni qayta rasmiylashtirish uchun ariza bering — buning uchun Rossiyadan chiqish shart emas.
action-leave_or_get_basis_to_stay = Shu kungacha Rossiyadan chiqing yoki qolish uchun qonuniy asos rasmiylashtiring.
action-renew_registration = Roʻyxat muddati tugamasdan uni uzaytiring yoki Rossiyadan chiqing.

place-mvd_office = IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" })
place-mfc = koʻp funksiyali markaz ({ "МФЦ «Мои документы»" })
place-post = pochta boʻlimi ({ "Почта России" })
place-gosuslugi = Gosuslugi («Davlat xizmatlari» portali)
place-mmc = «Saxarovo» koʻp funksiyali migratsiya markazi ({ "ММЦ «Сахарово»" })
place-amina_app = «Amina» ilovasi ({ "приложение «Амина»" })

consequence-fine = jarima
consequence-fine_and_expulsion_possible = jarima; sud sizni Rossiyadan chiqarib yuborishi ham mumkin ({ "административное выдворение" })
consequence-fine_and_expulsion = jarima va Rossiyadan maʼmuriy chiqarib yuborish ({ "административное выдворение" })
consequence-patent_ends = patent tugaydi va uni tiklab boʻlmaydi
consequence-patent_annulled = IIV patentni bekor qiladi ({ "аннулирование патента" })
consequence-sanction_unclear = hozir jazo aniq emas, manbalar turlicha aytadi. Baribir oʻz vaqtida oʻting
consequence-entry_ban = Rossiyaga kirish taqiqi ({ "запрет въезда" })
consequence-rkl_inclusion = sizni nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishadi
consequence-deregistered = sizni migratsiya roʻyxatidan chiqarishadi va nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishlari mumkin

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
note-crosses_year_end = Boʻlish muddatingiz yangi yilga oʻtadi. Yangi yil kunlari qaytadan hisoblanadi, lekin ketma-ket { $days } kundan koʻp boʻlish mumkin emas.

## Risks

risk-overstay = Qonuniy boʻlish muddati tugagan: oxirgi qonuniy kun { $date } edi. Siz Rossiyada muddatdan { $days } kun ortiq turibsiz.
risk-threat-fine = Xavf: { $consequence }. Jarima — { $min }–{ $max } rubl.
risk-entry_ban = Siz Rossiyada muddatdan { $days } kun ortiq qoldingiz. Buning uchun Rossiyaga kirish { $years } yilga taqiqlanadi (chiqib ketgan kundan hisoblanadi).
risk-entry_ban-next = Agar { $date } kuni hali Rossiyada boʻlsangiz, taqiq { $years } yilga boʻladi.
risk-entry_ban-ahead = Agar { $date } kuni hali Rossiyada boʻlsangiz, Rossiyaga kirish { $years } yilga taqiqlanadi. Bu kungacha { $days } kun qoldi.
risk-expulsion_ban = Chiqarib yuborilgandan keyin Rossiyaga kirish { $years } yilga taqiqlanadi.
risk-expulsion_replacement = Sud chiqarib yuborishni { $min }–{ $max } rubl jarima bilan almashtirishi mumkin. Sud Rossiyadagi oilangizni, toʻlangan soliqlarni va bu yerda qancha yashaganingizni hisobga oladi.
risk-expulsion_without_court = IIV organi boshligʻi sizni chiqarib yuborish haqida sudsiz oʻzi qaror qabul qilishi mumkin.
risk-rkl_possible = Sizni nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishlari mumkin. Unda IIV ruxsatisiz manzilni oʻzgartirish va hududdan chiqish, hisob ochish, uy va mashina sotib olish, mashina haydash, nikohdan oʻtish mumkin emas.
risk-rkl_possible-cash = Oyiga { $rub } rubldan koʻp naqd pul yechib boʻlmaydi.
risk-patent_ended = Patent { $date } kuni amal qilishdan toʻxtadi: keyingi oy oʻz vaqtida toʻlanmagan. Uni tiklab boʻlmaydi va u bilan ishlash mumkin emas.
risk-amina_geolocation = «Amina» ilovasida geolokatsiyani yoqilgan holda saqlang va ilovaga har kuni kiring. Aks holda sizni roʻyxatdan chiqarishadi va nazorat qilinadigan shaxslar reestriga ({ "РКЛ" }) kiritishlari mumkin.
risk-amina_geolocation-days = Geolokatsiya { $days } ish kuni boʻlmasa, roʻyxatdan chiqarishadi.
risk-registration_term_uncertain = Fuqaroligingiz uchun roʻyxatga qoʻyilish muddati aniq maʼlum emas. Men eng qisqasini koʻrsatyapman — bu ishonchliroq.
risk-registration_term_uncertain-alt = Baʼzi manbalar { $days } kun deydi.
risk-hotel_registers_guest = Siz mehmonxonada yashayapsiz: u sizni oʻzi migratsiya roʻyxatiga qoʻyadi, sizga hech narsa topshirish shart emas. Administratordan kelganlik haqida xabarnomaning qirqma qismini soʻrang.
risk-hotel_registers_guest-days = Mehmonxona buni kelganingizdan keyin { $days } ish kuni ichida qilishi kerak.
risk-registration_over_cap = Roʻyxat ruxsat etilganidan uzoqroq muddatga rasmiylashtirilgan. U faqat { $date } kunigacha amal qiladi deb hisoblang va oldindan uzaytiring.
risk-medical_repeat_due = Tibbiy koʻrik maʼlumotnomalarining muddati tugayapti. { $date } kunigacha qayta oʻting ({ $days } kun qoldi).
risk-medical_repeat_due-late = Qayta tibbiy koʻrik muddati { $date } kuni oʻtib ketdi ({ $days } kun oldin). Imkon qadar tezroq oʻting.
risk-amnesty_open = Huquqiy holatni tartibga solish (amnistiya) oynasi { $date } kunigacha ochiq. Imkon qadar tezroq IIVga murojaat qiling.
risk-amnesty_closed = Amnistiya { $date } kuni tugagan, yangisi yoʻq. Endi muddatni buzganlarni chiqarib yuborishadi va Rossiyaga kirishni taqiqlashadi.
risk-pending_change = Qoidalarni oʻzgartirish tayyorlanmoqda. Bu hali qonun emas va men uni hisobga olmayapman.
risk-pending_change-medical = Qonun loyihasi: uzoq muddatga kelganlarning hammasi { $days } kun ichida tibbiy koʻrikdan oʻtishi kerak, jarima — { $min }–{ $max } rubl. Bu hali qonun emas.
risk-pending_change-income_test = Qonun loyihasi: daromad past boʻlsa, patent berilmasligi yoki bekor qilinishi mumkin. Bu hali qonun emas.
risk-pending_change-ruid = Loyiha: ish va oʻqish uchun kirishdan oldin «Gosuslugi RuID» ilovasi orqali ariza berish majburiy boʻlishi mumkin (rejada { $date } kunidan edi). Bu hali tasdiqlanmagan.
risk-pending_change-fines = Qonun loyihasi: boʻlish qoidalarini buzganlik uchun jarimalarni { $min }–{ $max } rublgacha oshirish. Bu hali qonun emas.
risk-purpose_unknown = Siz kirish maqsadini koʻrsatmadingiz. Agar ishlash uchun kelgan boʻlsangiz, sizda boshqa muddatlar ham bor: patent va tibbiy koʻrik. Maqsadni koʻrsating — u migratsion kartada yozilgan.

## Where to check

check-mvd_office = IIV migratsiya boʻlimi ({ "отдел по вопросам миграции МВД" })
check-mmc = «Saxarovo» koʻp funksiyali migratsiya markazi ({ "ММЦ «Сахарово»" })
check-mvd_rkl_page = IIV saytidagi «Nazorat qilinadigan shaxslar reestri» sahifasi: <a href="{ $url }">{ $url }</a>, yoki Gosuslugi portali
check-mvd_rkl_page-nolink = IIV saytidagi «Nazorat qilinadigan shaxslar reestri» sahifasi ({ "реестр контролируемых лиц" }) yoki Gosuslugi portali
check-gosuslugi = Gosuslugi («Davlat xizmatlari» portali)
check-hotel = mehmonxona administratori

## Next steps

steps-header = <b>Keyin nima qilish kerak</b>
step-line = { $n }. { $step }
step-line-due = { $n }. { $step } (muddat — { $date })
step-line-check = { $n }. { $step } — qayerda: { $check }
step-check_rkl_status = Nazorat qilinadigan shaxslar reestrida ({ "РКЛ" }) yoʻqligingizni tekshiring
step-regularise_or_leave = Boʻlishingizni qonuniylashtirish uchun IIVga murojaat qiling yoki Rossiyadan chiqing
step-register_at_place_of_stay = Migratsiya roʻyxatidan oʻting
step-register_via_amina = «Amina» orqali roʻyxatdan oʻting
step-confirm_hotel_registration = Mehmonxonadan kelganlik haqida xabarnomaning qirqma qismini oling
step-apply_for_patent = Patent olish uchun ariza topshiring
step-pass_medical_exam = Tibbiy koʻrikdan oʻting va barmoq izlarini topshiring
step-pay_patent = Patent uchun toʻlang
step-send_contract_copy = Shartnoma nusxasini IIVga topshiring
step-reissue_patent = Patentni qayta rasmiylashtirishga ariza bering
step-leave_before_stay_limit = Boʻlish muddati tugashidan oldin chiqing yoki qolish uchun asos rasmiylashtiring
step-renew_registration = Roʻyxat muddatini uzaytiring
step-repeat_medical_exam = Tibbiy koʻrikdan qayta oʻting
step-keep_geolocation_on = «Amina»da geolokatsiyani yoqilgan holda saqlang
step-check_terms_at_mvd = Sizga qaysi roʻyxatga qoʻyilish muddati tegishli ekanini IIVda aniqlang

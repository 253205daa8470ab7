# Typed input: a date shown back before it is an answer, the calendar under
# a date question, answers that do not fit together, small things.

## "Is this what you meant?"
confirm-date = { $what }: <b>{ $date }</b> ({ $day }-{ $month }, { $weekday }) — { $when }. Toʻgʻrimi?
confirm-days = { $what }: <b>{ $days }</b>. Toʻgʻrimi?
confirm-pick = { $what }: <b>{ $choice }</b>. Toʻgʻrimi?
confirm-year-past = Siz yilni yozmadingiz, shuning uchun { $year }-yilni oldim — bu yarim yildan koʻproq oldin.
confirm-year-future = Siz yilni yozmadingiz, shuning uchun { $year }-yilni oldim — bu yarim yildan koʻproq vaqtdan keyin.
confirm-yes = ✅ Ha
confirm-change = ✏️ Yoʻq, oʻzgartirish
confirm-other = 📅 Boshqa yil: { $date }
echo-date = ✓ { $what }: <b>{ $date }</b>, { $weekday } — { $when }
echo-change = ✏️ { $what }: oʻzgartirish

when-today = bugun
when-yesterday = kecha
when-tomorrow = ertaga
when-ago = { $days } kun oldin
when-ahead = { $days } kundan keyin

drama-overstay = ⚠️ Agar bu toʻgʻri boʻlsa, qonuniy boʻlish muddati { $date } kuni tugagan va siz Rossiyada muddatdan { $days } kun ortiq qoldingiz (amaldagi patent yoki mehnat shartnomasi boʻlmasa). Bu maʼmuriy chiqarib yuborish (выдворение) va Rossiyaga kirish taqiqiga (запрет въезда) olib kelishi mumkin. «Ha» tugmasini bosishdan oldin buni hujjatlar bilan tekshiring.
drama-patent = ⚠️ Agar bu toʻgʻri boʻlsa, patent { $date } kunidan beri amal qilmaydi: oʻz vaqtida toʻlanmagan toʻlovni keyin toʻlab boʻlmaydi. «Ha» tugmasini bosishdan oldin sanani oxirgi toʻlov cheki (квитанция) bilan solishtiring.

## The calendar
cal-month = { $month } { $year }
cal-prev = ‹
cal-next = ›
cal-none = ·
cal-day = { $day }
cal-today = •{ $day }•

month-1 = Yanvar
month-2 = Fevral
month-3 = Mart
month-4 = Aprel
month-5 = May
month-6 = Iyun
month-7 = Iyul
month-8 = Avgust
month-9 = Sentabr
month-10 = Oktabr
month-11 = Noyabr
month-12 = Dekabr

month-1-day = yanvar
month-2-day = fevral
month-3-day = mart
month-4-day = aprel
month-5-day = may
month-6-day = iyun
month-7-day = iyul
month-8-day = avgust
month-9-day = sentabr
month-10-day = oktabr
month-11-day = noyabr
month-12-day = dekabr

weekday-1 = dushanba
weekday-2 = seshanba
weekday-3 = chorshanba
weekday-4 = payshanba
weekday-5 = juma
weekday-6 = shanba
weekday-7 = yakshanba

wd-1 = Du
wd-2 = Se
wd-3 = Cho
wd-4 = Pa
wd-5 = Ju
wd-6 = Sha
wd-7 = Yak

## Answers that do not fit together
conflict-dates = Javoblar bir-biriga mos kelmaydi: { $later } <b>{ $later_date }</b>, { $earlier } esa <b>{ $earlier_date }</b> — birinchisi ikkinchisidan oldin boʻlishi mumkin emas. Qaysi sana notoʻgʻri?
conflict-change = ✏️ { $what }
recheck-dates = Saqlandi. Lekin endi { $later } <b>{ $later_date }</b>, { $earlier } esa <b>{ $earlier_date }</b> — birinchisi ikkinchisidan oldin boʻlishi mumkin emas. Bu savolga yana javob bering:
recheck-soft = Saqlandi. Lekin endi { $later } <b>{ $later_date }</b>, { $earlier } esa <b>{ $earlier_date }</b> — birinchisi ikkinchisidan oldin. Bu boʻlishi mumkin, lekin javobni tekshiring:

date-name-entry = Rossiyaga kirgan sana
date-name-regon = roʻyxatga qoʻyilgan sana
date-name-regto = roʻyxat tugaydigan sana
date-name-patapp = patent uchun hujjatlar topshirilgan sana
date-name-patiss = patent berilgan sana
date-name-patpaid = patent toʻlangan oxirgi kun
date-name-medon = tibbiy koʻrikdan oʻtgan sana

## Small things
cancel-nothing = Hozir bekor qiladigan narsa yoʻq: ochiq savol yoʻq.
language-kept = Yaxshi, til oʻzgarmadi.
offer-ky = 🇰🇬 Кыргызча сүйлөшөлүбү? Qirgʻiz tilida davom etish mumkin — buning uchun quyidagi tugmani bosing. Yoki savollarga shu tilda javob berishda davom eting.
offer-ky-yes = 🇰🇬 Кыргызча

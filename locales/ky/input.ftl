# Typed input: a date shown back before it is an answer, the calendar under
# a date question, answers that do not fit together, small things.

## "Is this what you meant?"
confirm-date = { $what }: <b>{ $date }</b> ({ $day }-{ $month }, { $weekday }) — { $when }. Туурабы?
confirm-days = { $what }: <b>{ $days }</b>. Туурабы?
confirm-pick = { $what }: <b>{ $choice }</b>. Туурабы?
confirm-year-past = Сиз жылды жазган жоксуз, ошондуктан { $year }-жылды алдым — бул жарым жылдан көп мурун.
confirm-year-future = Сиз жылды жазган жоксуз, ошондуктан { $year }-жылды алдым — бул жарым жылдан көп убакыттан кийин.
confirm-yes = ✅ Ооба
confirm-change = ✏️ Жок, өзгөртүү
confirm-other = 📅 Башка жыл: { $date }
echo-date = ✓ { $what }: <b>{ $date }</b>, { $weekday } — { $when }
echo-change = ✏️ { $what }: өзгөртүү

when-today = бүгүн
when-yesterday = кечээ
when-tomorrow = эртең
when-ago = { $days } күн мурун
when-ahead = { $days } күндөн кийин

drama-overstay = ⚠️ Эгер бул туура болсо, мыйзамдуу болуу мөөнөтү { $date } бүткөн жана сиз Россияда мөөнөттөн { $days } күн ашык жүрөсүз (күчүндөгү патентиңиз же эмгек келишимиңиз жок болсо). Бул чыгарып жиберүүгө (выдворение) жана Россияга кирүүгө тыюу салууга (запрет въезда) алып келиши мүмкүн. «Ооба» баскычын басуудан мурун муну документтер менен текшериңиз.
drama-patent = ⚠️ Эгер бул туура болсо, патент { $date } тартып жарактуу эмес: өз убагында төлөнбөгөн төлөмдү кийин төлөөгө болбойт. «Ооба» баскычын басуудан мурун датаны акыркы төлөм чеги (квитанция) менен салыштырыңыз.

## The calendar
cal-month = { $month } { $year }
cal-prev = ‹
cal-next = ›
cal-none = ·
cal-day = { $day }
cal-today = •{ $day }•

month-1 = Январь
month-2 = Февраль
month-3 = Март
month-4 = Апрель
month-5 = Май
month-6 = Июнь
month-7 = Июль
month-8 = Август
month-9 = Сентябрь
month-10 = Октябрь
month-11 = Ноябрь
month-12 = Декабрь

month-1-day = январь
month-2-day = февраль
month-3-day = март
month-4-day = апрель
month-5-day = май
month-6-day = июнь
month-7-day = июль
month-8-day = август
month-9-day = сентябрь
month-10-day = октябрь
month-11-day = ноябрь
month-12-day = декабрь

weekday-1 = дүйшөмбү
weekday-2 = шейшемби
weekday-3 = шаршемби
weekday-4 = бейшемби
weekday-5 = жума
weekday-6 = ишемби
weekday-7 = жекшемби

wd-1 = Дш
wd-2 = Шш
wd-3 = Шр
wd-4 = Бш
wd-5 = Жм
wd-6 = Иш
wd-7 = Жк

## Answers that do not fit together
conflict-dates = Жооптор бири-бирине дал келбейт: { $later } — <b>{ $later_date }</b>, ал эми { $earlier } — <b>{ $earlier_date }</b>. Биринчиси экинчисинен мурун боло албайт — кайсы дата туура эмес?
conflict-change = ✏️ { $what }
recheck-dates = Сакталды. Бирок эми { $later } — <b>{ $later_date }</b>, ал эми { $earlier } — <b>{ $earlier_date }</b>: биринчиси экинчисинен мурун боло албайт. Бул суроого кайра жооп бериңиз:
recheck-soft = Сакталды. Бирок эми { $later } — <b>{ $later_date }</b>, ал эми { $earlier } — <b>{ $earlier_date }</b>: биринчиси экинчисинен мурун. Ушундай болушу мүмкүн, бирок бул жоопту текшериңиз:

date-name-entry = Россияга кирген дата
date-name-regon = каттоого турган дата
date-name-regto = каттоонун акыркы күнү
date-name-patapp = патентке документтер тапшырылган дата
date-name-patiss = патент берилген дата
date-name-patpaid = патент төлөнгөн акыркы күн
date-name-medon = медициналык кароодон өткөн дата

## Small things
cancel-nothing = Азыр жокко чыгара турган эч нерсе жок: ачык суроо жок.
language-kept = Макул, тил өзгөргөн жок.
offer-ky = 🇰🇬 Кыргызча сүйлөшөлүбү? Кыргыз тилине өтүү үчүн төмөнкү баскычты басыңыз. Же суроолорго ушундай эле жооп бере бериңиз.
offer-ky-yes = 🇰🇬 Кыргызча

# Typed input: a date shown back before it is an answer, the calendar under
# a date question, answers that do not fit together, small things.

## "Is this what you meant?"
confirm-date = { $what }: <b>{ $date }</b> ({ $day } { $month }, { $weekday }) — { $when }. Дуруст аст?
confirm-days = { $what }: <b>{ $days }</b>. Дуруст аст?
confirm-pick = { $what }: <b>{ $choice }</b>. Дуруст аст?
confirm-year-past = Шумо солро нанавиштед, бинобар ин соли { $year }-ро гирифтам — ин беш аз ним сол пеш аст.
confirm-year-future = Шумо солро нанавиштед, бинобар ин соли { $year }-ро гирифтам — ин беш аз ним сол баъд аст.
confirm-yes = ✅ Ҳа
confirm-change = ✏️ Не, тағйир додан
confirm-other = 📅 Соли дигар: { $date }
echo-date = ✓ { $what }: <b>{ $date }</b>, { $weekday } — { $when }
echo-change = ✏️ { $what }: тағйир додан

when-today = имрӯз
when-yesterday = дирӯз
when-tomorrow = фардо
when-ago = { $days } рӯз пеш
when-ahead = баъд аз { $days } рӯз

drama-overstay = ⚠️ Агар ин дуруст бошад, мӯҳлати қонунии будубош { $date } ба охир расидааст ва шумо { $days } рӯз аз мӯҳлат зиёд дар Русия ҳастед (агар патенти амалкунанда ё шартномаи меҳнатӣ надошта бошед). Ин метавонад ба ихроҷи маъмурӣ (выдворение) ва манъи вуруд ба Русия (запрет въезда) оварда расонад. Пеш аз пахш кардани «Ҳа» инро аз рӯи ҳуҷҷатҳо санҷед.
drama-patent = ⚠️ Агар ин дуруст бошад, патент аз { $date } эътибор надорад: пардохти саривақт нашударо баъдтар кардан мумкин нест. Пеш аз пахш кардани «Ҳа» санаро бо охирин расиди пардохт (чек, квитанция) муқоиса кунед.

## The calendar
cal-month = { $month } { $year }
cal-prev = ‹
cal-next = ›
cal-none = ·
cal-day = { $day }
cal-today = •{ $day }•

month-1 = Январ
month-2 = Феврал
month-3 = Март
month-4 = Апрел
month-5 = Май
month-6 = Июн
month-7 = Июл
month-8 = Август
month-9 = Сентябр
month-10 = Октябр
month-11 = Ноябр
month-12 = Декабр

month-1-day = январ
month-2-day = феврал
month-3-day = март
month-4-day = апрел
month-5-day = май
month-6-day = июн
month-7-day = июл
month-8-day = август
month-9-day = сентябр
month-10-day = октябр
month-11-day = ноябр
month-12-day = декабр

weekday-1 = душанбе
weekday-2 = сешанбе
weekday-3 = чоршанбе
weekday-4 = панҷшанбе
weekday-5 = ҷумъа
weekday-6 = шанбе
weekday-7 = якшанбе

wd-1 = Дшб
wd-2 = Сшб
wd-3 = Чшб
wd-4 = Пшб
wd-5 = Ҷмъ
wd-6 = Шнб
wd-7 = Яшб

## Answers that do not fit together
conflict-dates = Ҷавобҳо бо ҳам мувофиқ нестанд: { $later } <b>{ $later_date }</b> аз { $earlier } <b>{ $earlier_date }</b> пештар аст. Ин тавр намешавад — кадом сана нодуруст аст?
conflict-change = ✏️ { $what }
recheck-dates = Нигоҳ дошта шуд. Аммо акнун { $later } <b>{ $later_date }</b> аз { $earlier } <b>{ $earlier_date }</b> пештар аст. Ба ин савол боз ҷавоб диҳед:
recheck-soft = Нигоҳ дошта шуд. Аммо акнун { $later } <b>{ $later_date }</b> аз { $earlier } <b>{ $earlier_date }</b> пештар аст. Ин метавонад дуруст бошад, аммо ин ҷавобро санҷед:

date-name-entry = санаи воридшавӣ ба Русия
date-name-regon = санаи бақайдгирии муҳоҷиратӣ
date-name-regto = санаи анҷоми бақайдгирӣ
date-name-patapp = санаи супоридани ҳуҷҷатҳо барои патент
date-name-patiss = санаи додани патент
date-name-patpaid = санае, ки патент то он пардохт шудааст
date-name-medon = санаи муоинаи тиббӣ

## Small things
cancel-nothing = Ҳоло чизе барои бекор кардан нест: саволи кушода нест.
language-kept = Хуб, забон ҳамон боқӣ монд.
offer-ky = 🇰🇬 Кыргызча сүйлөшөлүбү? Барои гузаштан ба забони қирғизӣ тугмаи зеринро пахш кунед. Ё ба саволҳо ҳамин тавр ҷавоб диҳед.
offer-ky-yes = 🇰🇬 Кыргызча

# Typed input: a date shown back before it is an answer, the calendar under
# a date question, answers that do not fit together, small things.

## "Is this what you meant?"
confirm-date = { $what }: <b>{ $date }</b> ({ $day } { $month }, { $weekday }) — { $when }. Верно?
confirm-days = { $what }: <b>{ $days }</b>. Верно?
confirm-pick = { $what }: <b>{ $choice }</b>. Верно?
confirm-year-past = Год вы не написали, и я взял { $year } год — это больше полугода назад.
confirm-year-future = Год вы не написали, и я взял { $year } год — это больше чем через полгода.
confirm-yes = ✅ Да
confirm-change = ✏️ Нет, изменить
confirm-other = 📅 Другой год: { $date }
echo-date = ✓ { $what }: <b>{ $date }</b>, { $weekday } — { $when }
echo-change = ✏️ { $what }: изменить

when-today = сегодня
when-yesterday = вчера
when-tomorrow = завтра
when-ago = { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } назад
when-ahead = через { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }

drama-overstay = ⚠️ Если это верно, законный срок пребывания закончился { $date }, и вы в России сверх срока уже { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    } (если у вас нет действующего патента или трудового договора). Это грозит выдворением и запретом въезда. Проверьте это по документам, прежде чем нажать «Да».
drama-patent = ⚠️ Если это верно, патент перестал действовать { $date }: пропущенный платёж потом не внести. Сверьте дату с последним чеком (квитанцией), прежде чем нажать «Да».

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

month-1-day = января
month-2-day = февраля
month-3-day = марта
month-4-day = апреля
month-5-day = мая
month-6-day = июня
month-7-day = июля
month-8-day = августа
month-9-day = сентября
month-10-day = октября
month-11-day = ноября
month-12-day = декабря

weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье

wd-1 = Пн
wd-2 = Вт
wd-3 = Ср
wd-4 = Чт
wd-5 = Пт
wd-6 = Сб
wd-7 = Вс

## Answers that do not fit together
conflict-dates = Ответы не сходятся: { $later } <b>{ $later_date }</b> раньше, чем { $earlier } <b>{ $earlier_date }</b>. Так не бывает — какая дата неверная?
conflict-change = ✏️ { $what }
recheck-dates = Сохранено. Но теперь { $later } <b>{ $later_date }</b> раньше, чем { $earlier } <b>{ $earlier_date }</b>. Ответьте на этот вопрос ещё раз:
recheck-soft = Сохранено. Но теперь { $later } <b>{ $later_date }</b> раньше, чем { $earlier } <b>{ $earlier_date }</b>. Так может быть, но проверьте этот ответ:

date-name-entry = дата въезда
date-name-regon = дата постановки на учёт
date-name-regto = дата окончания регистрации
date-name-patapp = дата подачи документов на патент
date-name-patiss = дата выдачи патента
date-name-patpaid = дата, до которой оплачен патент
date-name-medon = дата медосвидетельствования

## Small things
cancel-nothing = Сейчас нечего отменять: открытого вопроса нет.
language-kept = Хорошо, язык прежний.
offer-ky = 🇰🇬 Кыргызча сүйлөшөлүбү? Можно продолжить на кыргызском языке — нажмите кнопку ниже. Или просто отвечайте дальше по-русски.
offer-ky-yes = 🇰🇬 Кыргызча

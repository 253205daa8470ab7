# The interview: questions, buttons, answers shown back, refusals.

q-cit = <b>Гражданином какой страны вы являетесь?</b>
q-cit2 = <b>Какая страна?</b>
q-entry = <b>Когда вы последний раз въехали в Россию?</b> Дата есть на миграционной карте и в штампе в паспорте.
q-purp = <b>Какая цель въезда написана в миграционной карте?</b>
q-house = <b>Где вы живёте?</b>
q-region = <b>В каком регионе вы живёте?</b>
q-reg = <b>Вы уже встали на миграционный учёт (регистрация)?</b> Документ — отрывная часть уведомления о прибытии.
q-regon = <b>Какого числа вас поставили на учёт?</b> Дата есть на отрывной части уведомления.
q-regto = <b>До какого числа у вас регистрация?</b> Дата «срок пребывания до» на отрывной части.
q-pat = <b>У вас есть патент на работу?</b>
q-patapp = <b>Когда вы подали документы на патент?</b>
q-patiss = <b>Когда выдан патент?</b> Дата выдачи есть на бланке патента.
q-patpaid = <b>До какого числа оплачен патент?</b> Посмотрите последний чек (квитанцию) ежемесячного платежа.
q-med = <b>Вы прошли медосвидетельствование и дактилоскопию?</b>
q-medon = <b>Когда вы прошли медосвидетельствование?</b>
q-contr = <b>Вы отдали в МВД копию трудового договора после получения патента?</b>
q-days = <b>Сколько дней вы уже были в России в { $year } году до этого въезда?</b> Напишите число.
q-type-hint = Напишите дату, например { $example }, или «5 марта» — или выберите день в календаре ниже.

nav-back = ⬅️ Назад

answer-today = Сегодня
answer-yesterday = Вчера
answer-dont-know = Не знаю
answer-dont-remember = Не помню

country-uz = 🇺🇿 Узбекистан
country-tj = 🇹🇯 Таджикистан
country-kg = 🇰🇬 Кыргызстан
country-kz = 🇰🇿 Казахстан
country-more = Другая страна
country-am = 🇦🇲 Армения
country-by = 🇧🇾 Беларусь
country-ua = 🇺🇦 Украина
country-other = Другая

purpose-work = Работа
purpose-study = Учёба
purpose-private = Частная
purpose-tourism = Туризм
purpose-business = Деловая
purpose-other = Другая

housing-private = Квартира или дом
housing-hotel = Гостиница, хостел

region-moscow = Москва
region-moscow_oblast = Московская область
region-spb = Санкт-Петербург
region-leningrad_oblast = Ленинградская область
region-other = Другой регион

registered-yes = Да, есть регистрация
registered-no = Нет ещё
patent-have = Да, есть патент
patent-applied = Документы поданы, жду
patent-notyet = Ещё нет
medical-yes = Да, пройдено
medical-no = Нет ещё
contract-yes = Да, копия отдана
contract-no = Нет
days-none = 0 — первый раз в этом году

answer-tap-button = Выберите ответ кнопкой ниже.
answer-date-unrecognized = Не понял дату. Пример: { $example }.
answer-date-impossible = Такой даты нет. Проверьте число и месяц.
answer-date-future = Эта дата ещё не наступила. Нужна дата в прошлом.
answer-date-too-old = Эта дата слишком давно. Проверьте год.
answer-date-too-far = Эта дата слишком далеко в будущем. Проверьте год.
answer-number-bad = Напишите число дней от 0 до 366, например 20.

fact-cit = Гражданство
fact-cit2 = Гражданство
fact-entry = Дата въезда
fact-purp = Цель въезда
fact-house = Жильё
fact-region = Регион
fact-reg = Регистрация
fact-regon = Регистрация с
fact-regto = Регистрация до
fact-pat = Патент
fact-patapp = Документы на патент поданы
fact-patiss = Патент выдан
fact-patpaid = Патент оплачен до
fact-med = Медосвидетельствование
fact-medon = Медосвидетельствование пройдено
fact-contr = Копия договора в МВД
fact-days = Дней в России в этом году до въезда
fact-line = { $label }: <b>{ $value }</b>
fact-date = { $date }
fact-days-value = { $days }

interview-done = Спасибо! Вот что получается по закону на сегодня.
edit-intro = Ваши ответы. Нажмите, что изменить:
edit-saved = Сохранено. Вот пересчёт:
status-need-answers = Сначала ответьте на несколько вопросов — это займёт минуту.
status-partial = Не на все вопросы есть ответы, поэтому список может быть неполным.
status-error = Некоторые ответы не сходятся между собой или с сегодняшней датой. Проверьте их через «Изменить ответы».
explainers-choose = Что объяснить?
explainers-more = 📚 Другие темы

remind-ack-done = ✅ Отмечено как сделано. Напоминаний об этом больше не будет.
remind-ack-stopped = Хорошо, эти напоминания выключены. Включить снова: /reminders
remind-ack-tomorrow = Хорошо, напомню завтра.
remind-ask-paid = Отлично! Укажите новую дату, до которой оплачен патент.
answer-days-too-many = В этом году до вашего въезда было только { $max } { $max ->
        [one] день
        [few] дня
       *[many] дней
    }. Проверьте число.
q-labour = <b>У вас есть трудовой или гражданско-правовой договор с работодателем в России?</b> С договором вы можете оставаться в России на срок договора, без ограничения 90 дней.
labour-yes = Да, есть договор
labour-no = Нет ещё
fact-labour = Трудовой договор

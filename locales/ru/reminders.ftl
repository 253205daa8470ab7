# Reminders: before each deadline, the one "overdue" message, and /reminders.
# Dates and counts come as arguments; no legal number is written here.

## Kinds of deadline (short: also on the /reminders buttons)

reminder-kind-registration = Регистрация (миграционный учёт)
reminder-kind-patent_application = Заявление на патент
reminder-kind-medical_exam = Медицинское освидетельствование
reminder-kind-patent_payment = Оплата патента
reminder-kind-contract_notice = Копия трудового договора в МВД
reminder-kind-stay_limit = Срок пребывания в России
reminder-kind-patent_reissue = Переоформление патента
reminder-kind-registration_end = Продление регистрации

## The reminder

reminder-title = ⏰ <b>Напоминание: { $what }</b>
reminder-due = Срок — до { $date } включительно. Осталось { $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    }.
reminder-due-today = Срок — <b>сегодня</b>, { $date }. Это последний день.

reminder-do-register_at_place_of_stay = Что сделать: встать на миграционный учёт. Уведомление о прибытии подаёт принимающая сторона — хозяин жилья или работодатель. Попросите её об этом и сохраните отрывную часть бланка уведомления.
reminder-do-register_via_amina = Что сделать: встать на учёт через приложение «Амина» по адресу ММЦ и не выключать геолокацию.
reminder-do-apply_for_patent = Что сделать: подать заявление на патент. Возьмите паспорт, миграционную карту и другие документы для патента.
reminder-do-pass_medical_exam = Что сделать: пройти медицинское освидетельствование в уполномоченной медицинской организации. Его результаты нужны и для документов на патент.
reminder-do-pay_patent = Что сделать: внести ежемесячный платёж за патент (авансовый платёж по НДФЛ) — через банк, приложение банка или Госуслуги. Сохраните чек.
reminder-do-send_contract_copy = Что сделать: представить в МВД копию трудового договора (или договора ГПХ) — лично или заказным письмом по почте.
reminder-do-reissue_patent = Что сделать: подать заявление на переоформление патента, пока нынешний не закончился.
reminder-do-leave_or_get_basis_to_stay = Что сделать: выехать из России до этого дня или получить законное основание остаться (например, патент). Не оставайтесь дольше срока.
reminder-do-renew_registration = Что сделать: продлить миграционный учёт. Попросите принимающую сторону подать новое уведомление до конца срока.

reminder-place-mvd_office = отдел по вопросам миграции МВД
reminder-place-mfc = МФЦ («Мои документы»)
reminder-place-post = Почта России
reminder-place-gosuslugi = Госуслуги
reminder-place-mmc = ММЦ «Сахарово»
reminder-place-amina_app = приложение «Амина»
reminder-where = 📍 Где: { $places }
# Joins places: "A, B, C".
reminder-join = { $first }, { $rest }
reminder-amount = Платёж в месяц в вашем регионе: { $amount } ₽.

## After the deadline passed (sent once)

reminder-overdue-title =
    ⚠️ <b>Срок прошёл: { $what }</b>
    Последний день был { $date } ({ $days } { $days ->
        [one] день
        [few] дня
       *[other] дней
    } назад).
reminder-overdue-registration = Что делать сейчас: встаньте на учёт как можно скорее — попросите принимающую сторону подать уведомление сегодня. За опоздание может быть штраф. Если не уверены, обратитесь в отдел по вопросам миграции МВД.
reminder-overdue-patent_application = Что делать сейчас: подайте заявление на патент как можно скорее. За опоздание назначают штраф; обычно после его оплаты патент всё равно можно оформить — уточните в МВД.
reminder-overdue-medical_exam = Что делать сейчас: пройдите медицинское освидетельствование как можно скорее и представьте документы в МВД. Там же уточните, чем грозит опоздание.
reminder-overdue-patent_payment = Что делать сейчас: патент закончился на следующий день после последнего оплаченного дня, и поздний платёж его не вернёт. Не работайте без действующего патента. Обратитесь в отдел по вопросам миграции МВД или в ММЦ, чтобы узнать, что делать дальше.
reminder-overdue-contract_notice = Что делать сейчас: представьте копию трудового договора в МВД как можно скорее: без неё патент могут аннулировать. Если вы её уже отправили, нажмите «Готово».
reminder-overdue-stay_limit = Что делать сейчас: вы в России дольше разрешённого. Это грозит штрафом, выдворением и запретом въезда. Не откладывайте: обратитесь в отдел по вопросам миграции МВД или к юристу.
reminder-overdue-patent_reissue = Что делать сейчас: срок подачи на переоформление прошёл. Как можно скорее обратитесь в отдел по вопросам миграции МВД или в ММЦ и спросите, можно ли ещё переоформить патент.
reminder-overdue-registration_end = Что делать сейчас: срок учёта закончился. Попросите принимающую сторону сразу подать новое уведомление о прибытии. Если не уверены, обратитесь в отдел по вопросам миграции МВД.

## Buttons

reminder-button-done = ✅ Готово
reminder-button-paid = 💳 Оплачено — до …
reminder-button-tomorrow = ⏰ Напомнить завтра
reminder-button-stop = 🔕 Больше не напоминать

## /reminders

reminder-list-title = <b>Напоминания</b>
reminder-list-empty = Пока напоминать не о чем. Ответьте на вопросы о въезде и документах — и я составлю план.
reminder-list-next = 🔔 <b>{ $what }</b> — срок { $due }. Следующее напоминание: { $next }.
reminder-list-none = 🔔 <b>{ $what }</b> — срок { $due }. Напоминания об этом сроке уже отправлены.
reminder-list-off = 🔕 <b>{ $what }</b> — срок { $due }. Напоминания выключены.
reminder-list-overdue = ⚠️ <b>{ $what }</b> — срок прошёл { $due }.
reminder-list-when = Я напоминаю за столько дней до срока: { $leads } (0 — в сам день), в { $time } по московскому времени.
reminder-list-when-never = Дни напоминаний не выбраны: я ничего не пришлю.
reminder-list-toggle = Нажмите кнопку, чтобы включить или выключить напоминания об этом сроке.
reminder-toggle-on = 🔔 { $what }
reminder-toggle-off = 🔕 { $what }

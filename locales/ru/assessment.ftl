# "My situation": deadlines, risks and next steps (src/guidance).
# No legal number is written here: every number, date and amount comes as an argument.
# Ids follow the law crate's enums: deadline-<kind>-title, status-<status>, action-<action>,
# place-<place>, consequence-<consequence>, note-<note>, risk-<kind>, step-<step>, check-<check>.

## Layout

# The lines of one paragraph; a list of items.
guidance-lines =
    { $first }
    { $rest }
guidance-list = { $first }, { $rest }
guidance-marked = { $mark } { $text }
guidance-uncertain = ❓ Это может быть не точно. Проверьте: { $check }.
guidance-check = 🔎 Где проверить: { $check }.

situation-header = <b>Ваши сроки на { $date }</b>
situation-no-deadlines = Сейчас у вас нет сроков, которые я умею считать. Если что-то изменится (новый въезд, патент, регистрация), обновите ответы.
situation-footer = Закон — по состоянию на { $date }. Это не юридическая консультация. Если сомневаетесь, проверьте в отделе по вопросам миграции МВД, в ММЦ «Сахарово» (Москва и область) или на Госуслугах.

## Deadlines

deadline-head = { $mark } <b>{ $title }</b>: { $status }
status-done = сделано
status-done-on = сделано { $date }
status-done-late = сделано { $date }, с опозданием на { $days } { $days ->
        [one] день
        [few] дня
       *[many] дней
    }
status-upcoming = последний день — { $date }, { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
    }
status-due_today = сегодня последний день — { $date }!
status-overdue = срок был { $date }, просрочено на { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    }
deadline-where = Где: { $places }.
deadline-amount = Платёж в месяц: { $rub } ₽.
deadline-day-off = Этот день — выходной. Лучше успеть раньше; обычно принимают и в следующий рабочий день, { $date }.
deadline-next-due = Следующий срок: { $date }.
deadline-missed = Если пропустить: { $consequence }.
deadline-missed-fine = Если пропустить: { $consequence }. Штраф — от { $min } до { $max } ₽.
deadline-missed-fine-only = Если пропустить: штраф от { $min } до { $max } ₽.
deadline-threat = Грозит: { $consequence }.
deadline-threat-fine = Грозит: { $consequence }. Штраф — от { $min } до { $max } ₽.
deadline-threat-fine-only = Грозит штраф от { $min } до { $max } ₽.
deadline-late = Срок уже прошёл: сделайте это как можно скорее.
deadline-lost-patent = Патент уже не действует: задним числом его не оплатить. Что делать — ниже.
deadline-lost-stay = Вы в России сверх разрешённого срока. Как можно скорее обратитесь в МВД или выезжайте — подробнее ниже.
source-line = Источник: { $source }. Надёжность: { $confidence }.
source-link = Источник: <a href="{ $url }">{ $source }</a>. Надёжность: { $confidence }.
confidence-high = высокая
confidence-medium = средняя
confidence-low = низкая

deadline-registration-title = Миграционный учёт (регистрация)
deadline-patent_application-title = Заявление на патент
deadline-medical_exam-title = Медосвидетельствование, отпечатки пальцев и фото
deadline-patent_payment-title = Ежемесячный платёж за патент
deadline-contract_notice-title = Копия трудового договора в МВД
deadline-stay_limit-title = Срок временного пребывания
deadline-patent_reissue-title = Переоформление патента
deadline-registration_end-title = Окончание регистрации

action-register_at_place_of_stay = Встаньте на миграционный учёт по месту пребывания.
action-register_via_amina = Встаньте на учёт через приложение «Амина» по адресу ММЦ и укажите в нём, где живёте.
action-apply_for_patent = Подайте заявление на патент.
action-pass_medical_exam = Пройдите медосвидетельствование, сдайте отпечатки пальцев и сфотографируйтесь (дактилоскопия).
action-pay_patent = Оплатите следующий месяц патента до этого дня (платёж НДФЛ). Сохраните чек.
action-send_contract_copy = Отдайте в МВД копию трудового или гражданско-правового договора.
action-reissue_patent = Подайте заявление на переоформление патента — выезжать для этого не нужно.
action-leave_or_get_basis_to_stay = Выезжайте из России до этого дня или оформите законное основание остаться.
action-renew_registration = Продлите регистрацию до её окончания или выезжайте из России.

place-mvd_office = отдел по вопросам миграции МВД
place-mfc = МФЦ («Мои документы»)
place-post = Почта России
place-gosuslugi = Госуслуги
place-mmc = ММЦ «Сахарово»
place-amina_app = приложение «Амина»

consequence-fine = штраф
consequence-fine_and_expulsion_possible = штраф; суд может также выдворить из России (административное выдворение)
consequence-fine_and_expulsion = штраф и выдворение из России (административное выдворение)
consequence-patent_ends = патент закончится, и восстановить его будет нельзя
consequence-patent_annulled = МВД аннулирует патент
consequence-sanction_unclear = наказание сейчас неясно, источники расходятся. Всё равно пройдите вовремя
consequence-entry_ban = запрет въезда в Россию
consequence-rkl_inclusion = вас внесут в реестр контролируемых лиц (РКЛ)
consequence-deregistered = вас снимут с миграционного учёта и могут внести в РКЛ

## Notes

note-host_files_notice = Уведомление о прибытии подаёт принимающая сторона (хозяин жилья или работодатель). Возьмите у неё отрывную часть бланка — это ваше подтверждение.
note-counted_from_entry_date = Срок считается со дня прибытия по адресу; я считаю со дня въезда — так надёжнее.
note-some_sources_count_working_days = Некоторые источники считают эти { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    } рабочими днями. Я считаю календарные дни — так надёжнее.
note-longer_term_also_reported = Встречается и более длинный срок — { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    }. Я беру короткий — так надёжнее.
note-ukraine_special_regime = Для граждан Украины действует особый порядок по указу Президента. Уточните свои сроки в МВД.
note-belarus_terms_unverified = Сроки для граждан Беларуси точно не подтверждены. Уточните в МВД.
note-register_via_amina = В Москве и Московской области работники встают на учёт по адресу ММЦ через приложение «Амина» и сообщают в нём фактический адрес.
note-medical_needed_for_patent = Справки медосвидетельствования нужны, чтобы получить патент.
note-medical_repeat_yearly = Справки действуют { $months } { $months ->
    [one] месяц
    [few] месяца
    [many] месяцев
   *[other] месяца
    }, потом медосвидетельствование нужно пройти снова.
note-patent_cannot_be_revived = Если опоздать с оплатой хотя бы на день, патент закончится, и восстановить его нельзя — только оформлять новый.
note-monthly_amount_not_in_data = Сумму платежа для вашего региона я не знаю: уточните её в МВД или на Госуслугах.
note-prior_days_unknown = Я не знаю, сколько дней вы уже были в России в этом году до въезда, и считал, что не были. Если были — последний день наступит раньше.
note-limit_used_before_entry = До этого въезда вы уже использовали все { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    } пребывания этого года.
note-old90_in180_rule = Срок считается по правилу, которое действовало при въезде: не больше { $days } { $days ->
    [one] дня
   *[other] дней
    } за любые { $window } { $window ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    }. Дни до въезда тоже могут учитываться.
note-students_may_be_exempt = Студенты российских вузов и колледжей могут не подпадать под это ограничение. Уточните в МВД или в своём учебном заведении.
note-rule_start_date_disputed = Дата начала нового правила спорная: по МВД — { $from }, по некоторым источникам — { $alt }. Я считаю по МВД.
note-crosses_year_end = Ваше пребывание переходит на новый год. Дни нового года считаются заново, но подряд можно быть не больше { $days } { $days ->
    [one] дня
   *[other] дней
    }.

## Risks

risk-overstay = Законный срок пребывания закончился: последний законный день был { $date }. Вы в России сверх срока уже { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    }.
risk-threat-fine = Грозит: { $consequence }. Штраф — от { $min } до { $max } ₽.
risk-entry_ban = Вы превысили срок на { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    }. За это закрывают въезд в Россию на { $years } { $years ->
    [one] год
    [few] года
    [many] лет
   *[other] года
    } (считая со дня выезда).
risk-entry_ban-next = Если { $date } вы ещё будете в России, запрет будет на { $years } { $years ->
    [one] год
    [few] года
    [many] лет
   *[other] года
    }.
risk-entry_ban-ahead = Если { $date } вы ещё будете в России, вам закроют въезд на { $years } { $years ->
    [one] год
    [few] года
    [many] лет
   *[other] года
    }. До этого дня { $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
    }.
risk-expulsion_ban = После выдворения въезд в Россию закрывают на { $years } { $years ->
    [one] год
    [few] года
    [many] лет
   *[other] года
    }.
risk-expulsion_replacement = Суд может заменить выдворение штрафом от { $min } до { $max } ₽. Он учитывает семью в России, уплаченные налоги и то, как долго вы здесь живёте.
risk-expulsion_without_court = Начальник органа МВД может сам, без суда, решить выдворить вас.
risk-rkl_possible = Вас могут внести в реестр контролируемых лиц (РКЛ). Тогда без разрешения МВД нельзя менять адрес и уезжать из региона, а ещё нельзя открывать счета, покупать жильё и машину, водить и вступать в брак.
risk-rkl_possible-cash = Снять наличными можно не больше { $rub } ₽ в месяц.
risk-patent_ended = Патент перестал действовать { $date }: следующий месяц не был оплачен вовремя. Восстановить его нельзя, работать по нему нельзя.
risk-amina_geolocation = В приложении «Амина» держите геолокацию включённой и заходите в приложение каждый день. Иначе вас снимут с учёта и могут внести в РКЛ.
risk-amina_geolocation-days = С учёта снимают, если геолокации нет { $days } { $days ->
    [one] рабочий день
    [few] рабочих дня
    [many] рабочих дней
   *[other] рабочего дня
    }.
risk-registration_term_uncertain = Для вашего гражданства срок постановки на учёт точно не известен. Я показываю самый короткий — так надёжнее.
risk-registration_term_uncertain-alt = Некоторые источники называют { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    }.
risk-hotel_registers_guest = Вы живёте в гостинице: она сама ставит вас на миграционный учёт, вам ничего подавать не нужно. Попросите у администратора отрывную часть уведомления о прибытии.
risk-hotel_registers_guest-days = Гостиница должна сделать это за { $days } { $days ->
    [one] рабочий день
    [few] рабочих дня
    [many] рабочих дней
   *[other] рабочего дня
    } после вашего приезда.
risk-registration_over_cap = Регистрация оформлена на срок дольше разрешённого. Считайте, что она действует только до { $date }, и продлите её заранее.
risk-medical_repeat_due = Справки медосвидетельствования скоро перестанут действовать. Пройдите его снова до { $date } ({ $days ->
    [one] остался { $days } день
    [few] осталось { $days } дня
    [many] осталось { $days } дней
   *[other] осталось { $days } дня
    }).
risk-medical_repeat_due-late = Срок повторного медосвидетельствования прошёл { $date } ({ $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
    } назад). Пройдите его как можно скорее.
risk-amnesty_open = Открыто окно для урегулирования положения (амнистия) — до { $date }. Обратитесь в МВД как можно скорее.
risk-amnesty_closed = Амнистия закончилась { $date }, новой нет. Теперь за нарушение срока пребывания выдворяют и закрывают въезд.
risk-pending_change = Готовится изменение правил. Пока это не закон, и я его не учитываю.
risk-pending_change-medical = Законопроект: медосвидетельствование в течение { $days } { $days ->
    [one] дня
   *[other] дней
    } для всех, кто приезжает надолго, и штраф от { $min } до { $max } ₽. Пока это не закон.
risk-pending_change-income_test = Законопроект: при низком доходе патент могут не выдать или аннулировать. Пока это не закон.
risk-pending_change-ruid = Проект: заявление через приложение «Госуслуги RuID» перед въездом для работы и учёбы может стать обязательным (планировали с { $date }). Пока это не подтверждено.
risk-pending_change-fines = Законопроект: поднять штрафы за нарушение правил пребывания — от { $min } до { $max } ₽. Пока это не закон.
risk-purpose_unknown = Вы не указали цель въезда. Если вы приехали работать, у вас есть и другие сроки: патент и медосвидетельствование. Укажите цель — она написана в миграционной карте.

## Where to check

check-mvd_office = отдел по вопросам миграции МВД
check-mmc = ММЦ «Сахарово»
check-mvd_rkl_page = страница МВД «Реестр контролируемых лиц»: <a href="{ $url }">{ $url }</a>, или Госуслуги
check-mvd_rkl_page-nolink = страница МВД «Реестр контролируемых лиц» или Госуслуги
check-gosuslugi = Госуслуги
check-hotel = администратор гостиницы

## Next steps

steps-header = <b>Что делать дальше</b>
step-line = { $n }. { $step }
step-line-due = { $n }. { $step } (срок — { $date })
step-line-check = { $n }. { $step } — где: { $check }
step-check_rkl_status = Проверьте, нет ли вас в реестре контролируемых лиц (РКЛ)
step-regularise_or_leave = Обратитесь в МВД, чтобы узаконить пребывание, или выезжайте из России
step-register_at_place_of_stay = Встаньте на миграционный учёт
step-register_via_amina = Встаньте на учёт через «Амину»
step-confirm_hotel_registration = Возьмите в гостинице отрывную часть уведомления о прибытии
step-apply_for_patent = Подайте заявление на патент
step-pass_medical_exam = Пройдите медосвидетельствование и дактилоскопию
step-pay_patent = Оплатите патент
step-send_contract_copy = Отдайте копию договора в МВД
step-reissue_patent = Подайте заявление на переоформление патента
step-leave_before_stay_limit = Выезжайте до конца срока пребывания или оформите основание остаться
step-renew_registration = Продлите регистрацию
step-repeat_medical_exam = Пройдите медосвидетельствование снова
step-keep_geolocation_on = Держите геолокацию в «Амине» включённой
step-check_terms_at_mvd = Уточните в МВД, какой срок постановки на учёт действует для вас

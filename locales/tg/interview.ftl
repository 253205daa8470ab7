# The interview: questions, buttons, answers shown back, refusals.

q-cit = <b>Шумо шаҳрванди кадом давлат ҳастед?</b>
q-cit2 = <b>Кадом давлат?</b>
q-entry = <b>Бори охир кай ба Русия ворид шудед?</b> Сана дар корти муҳоҷиратӣ (миграционная карта) ва мӯҳри шиноснома ҳаст.
q-purp = <b>Дар корти муҳоҷиратӣ мақсади воридшавӣ чӣ навишта шудааст?</b>
q-house = <b>Шумо дар куҷо зиндагӣ мекунед?</b>
q-region = <b>Дар кадом минтақа зиндагӣ мекунед?</b>
q-reg = <b>Шумо ба қайди муҳоҷират гузошта шудед (регистрация)?</b> Ҳуҷҷат — қисми кандашудаи огоҳинома дар бораи омадан (отрывная часть уведомления).
q-regon = <b>Кадом сана ба қайд гузошта шудед?</b> Сана дар қисми кандашудаи огоҳинома ҳаст.
q-regto = <b>Бақайдгирии шумо то кадом сана аст?</b> Санаи «срок пребывания до» дар қисми кандашуда.
q-pat = <b>Шумо патенти корӣ доред?</b>
q-patapp = <b>Ҳуҷҷатҳоро барои патент кай супоридед?</b>
q-patiss = <b>Патент кай дода шудааст?</b> Санаи додан дар варақаи патент ҳаст.
q-patpaid = <b>Патент то кадом сана пардохт шудааст?</b> Расиди охирини пардохти ҳармоҳаро (квитанция) бинед.
q-med = <b>Шумо муоинаи тиббӣ ва бақайдгирии дактилоскопиро (дактилоскопия) гузаштед?</b>
q-medon = <b>Муоинаи тиббиро кай гузаштед?</b>
q-contr = <b>Пас аз гирифтани патент нусхаи шартномаи меҳнатиро ба ВКД (МВД) додед?</b>
q-days = <b>Дар соли { $year } то ин воридшавӣ чанд рӯз дар Русия будед?</b> Рақамро нависед.
q-type-hint = Санаро нависед, масалан { $example } ё «5 март».

nav-back = ⬅️ Бозгашт

answer-today = Имрӯз
answer-yesterday = Дирӯз
answer-dont-know = Намедонам
answer-dont-remember = Дар хотир надорам

country-uz = 🇺🇿 Ӯзбекистон
country-tj = 🇹🇯 Тоҷикистон
country-kg = 🇰🇬 Қирғизистон
country-kz = 🇰🇿 Қазоқистон
country-more = Давлати дигар
country-am = 🇦🇲 Арманистон
country-by = 🇧🇾 Беларус
country-ua = 🇺🇦 Украина
country-other = Дигар

purpose-work = Кор (работа)
purpose-study = Таҳсил (учёба)
purpose-private = Хусусӣ (частная)
purpose-tourism = Сайёҳат (туризм)
purpose-business = Корӣ-тиҷоратӣ (деловая)
purpose-other = Дигар

housing-private = Хона ё манзил
housing-hotel = Меҳмонхона, хобгоҳ

region-moscow = Маскав
region-moscow_oblast = Вилояти Маскав
region-spb = Санкт-Петербург
region-leningrad_oblast = Вилояти Ленинград
region-other = Минтақаи дигар

registered-yes = Ҳа, дар қайд ҳастам
registered-no = Ҳанӯз не
patent-have = Ҳа, патент дорам
patent-applied = Супоридам, интизорам
patent-notyet = Ҳанӯз не
medical-yes = Ҳа, гузаштам
medical-no = Ҳанӯз не
contract-yes = Ҳа, додам
contract-no = Не
days-none = 0 — имсол бори аввал

answer-tap-button = Ҷавобро бо тугмаи поён интихоб кунед.
answer-date-unrecognized = Санаро нафаҳмидам. Масалан: { $example }.
answer-date-impossible = Чунин сана нест. Рӯз ва моҳро санҷед.
answer-date-future = Ин сана ҳанӯз нарасидааст. Санаи гузашта лозим аст.
answer-date-too-old = Ин сана хеле пеш аст. Солро санҷед.
answer-date-too-far = Ин сана хеле дур дар оянда аст. Солро санҷед.
answer-date-before-entry = Ин сана пеш аз воридшавии шумост. Санаро санҷед.
answer-date-before-issue = Ин сана пеш аз додани патент аст. Санаро санҷед.
answer-number-bad = Шумораи рӯзҳоро аз 0 то 366 нависед, масалан 20.

fact-cit = Шаҳрвандӣ
fact-cit2 = Шаҳрвандӣ
fact-entry = Санаи воридшавӣ
fact-purp = Мақсади воридшавӣ
fact-house = Манзил
fact-region = Минтақа
fact-reg = Бақайдгирӣ
fact-regon = Бақайдгирӣ аз
fact-regto = Бақайдгирӣ то
fact-pat = Патент
fact-patapp = Ҳуҷҷатҳо барои патент супорида шуданд
fact-patiss = Патент дода шуд
fact-patpaid = Патент пардохт шуда то
fact-med = Муоинаи тиббӣ
fact-medon = Муоинаи тиббӣ гузашта шуд
fact-contr = Нусхаи шартнома ба ВКД
fact-days = Рӯзҳо дар Русия имсол то воридшавӣ
fact-line = { $label }: <b>{ $value }</b>
fact-date = { $date }
fact-days-value = { $days }

interview-done = Ташаккур! Мувофиқи қонуни имрӯза натиҷа чунин аст:
edit-intro = Ҷавобҳои шумо. Чиро иваз кардан лозим аст, пахш кунед:
edit-saved = Нигоҳ дошта шуд. Ҳисоби нав:
status-need-answers = Аввал ба чанд савол ҷавоб диҳед — як дақиқа вақт мегирад.
status-partial = Ба ҳамаи саволҳо ҷавоб нест, бинобар ин рӯйхат метавонад пурра набошад.
status-error = Ҷавобҳо ба ҳамдигар мухолиф мебошанд (майдони { $field }). Онҳоро тавассути «Иваз кардани ҷавобҳо» ислоҳ кунед.
explainers-choose = Чиро шарҳ диҳам?
explainers-more = 📚 Мавзӯъҳои дигар

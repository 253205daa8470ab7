# A notice when the law data changed something for the user.

lawchange-head = 📢 <b>Қоидаҳо тағйир ёфтанд</b> (маълумот то { $as_of }). Барои шумо ин маънои онро дорад:
lawchange-date-moved = • { $what }: мӯҳлат акнун { $new } (пештар { $old } буд).
lawchange-new = • Нав: { $what } — то { $due }.
lawchange-gone = • { $what }: дигар лозим нест.
lawchange-amount = • { $what }: маблағ акнун { $new } ₽ (пештар { $old } ₽ буд).
lawchange-fine = • { $what }: ҷарима акнун аз { $min } то { $max } ₽.
lawchange-other = • { $what }: шартҳо тағйир ёфтанд.
lawchange-now-uncertain = • { $what }: мӯҳлат акнун дақиқ нест — онро санҷед.
lawchange-now-certain = • { $what }: мӯҳлат акнун дақиқ маълум аст.
lawchange-risk-added = • Барои шумо хатари нав пайдо шуд.
lawchange-risk-gone = • Яке аз хатарҳо барои шумо дигар амал намекунад.
lawchange-source = Манбаъ: { $source }
lawchange-foot = Ҳамаи мӯҳлатҳои шумо: /status

# A notice when the law data changed something for the user.

lawchange-head = 📢 <b>Qoidalar oʻzgardi</b> ({ $as_of } holatiga koʻra maʼlumotlar). Siz uchun bu shuni anglatadi:
lawchange-date-moved = • { $what }: muddat endi { $new } (avval { $old } edi).
lawchange-new = • Yangi: { $what } — { $due } gacha.
lawchange-gone = • { $what }: endi talab qilinmaydi.
lawchange-amount = • { $what }: summa endi { $new } ₽ (avval { $old } ₽ edi).
lawchange-fine = • { $what }: jarima endi { $min } dan { $max } ₽ gacha.
lawchange-other = • { $what }: shartlar oʻzgardi.
lawchange-now-uncertain = • { $what }: muddat endi aniq emas — uni tekshiring.
lawchange-now-certain = • { $what }: muddat endi aniq maʼlum.
lawchange-risk-added = • Siz uchun yangi xavf paydo boʻldi.
lawchange-risk-gone = • Siz uchun xavflardan biri endi amal qilmaydi.
lawchange-source = Manba: { $source }
lawchange-foot = Barcha muddatlaringiz: /status

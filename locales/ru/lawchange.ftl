# A notice when the law data changed something for the user.

lawchange-head = 📢 <b>Правила изменились</b> (данные на { $as_of }). Для вас это значит:
lawchange-date-moved = • { $what }: срок теперь { $new } (было { $old }).
lawchange-new = • Новое: { $what } — до { $due }.
lawchange-gone = • { $what }: больше не требуется.
lawchange-amount = • { $what }: сумма теперь { $new } ₽ (было { $old } ₽).
lawchange-fine = • { $what }: штраф теперь от { $min } до { $max } ₽.
lawchange-other = • { $what }: условия изменились.
lawchange-now-uncertain = • { $what }: срок теперь под вопросом — проверьте его.
lawchange-now-certain = • { $what }: срок теперь точно известен.
lawchange-risk-added = • Появился новый риск для вас.
lawchange-risk-gone = • Один из рисков для вас больше не действует.
lawchange-source = Источник: { $source }
lawchange-foot = Все ваши сроки: /status

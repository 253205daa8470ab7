# A notice when the law data changed something for the user.

lawchange-head = 📢 <b>Эрежелер өзгөрдү</b> ({ $as_of } абалына карата маалымат). Сиз үчүн бул мындай дегенди билдирет:
lawchange-date-moved = • { $what }: мөөнөт эми { $new } (мурда { $old } болчу).
lawchange-new = • Жаңы: { $what } — { $due } чейин.
lawchange-gone = • { $what }: мындан ары талап кылынбайт.
lawchange-amount = • { $what }: сумма эми { $new } ₽ (мурда { $old } ₽ болчу).
lawchange-fine = • { $what }: айып пул эми { $min } дан { $max } ₽ чейин.
lawchange-other = • { $what }: шарттар өзгөрдү.
lawchange-now-uncertain = • { $what }: мөөнөт эми так эмес — аны текшериңиз.
lawchange-now-certain = • { $what }: мөөнөт эми так белгилүү.
lawchange-risk-added = • Сиз үчүн жаңы коркунуч пайда болду.
lawchange-risk-gone = • Сиз үчүн коркунучтардын бири мындан ары колдонулбайт.
lawchange-source = Булак: { $source }
lawchange-foot = Бардык мөөнөттөрүңүз: /status

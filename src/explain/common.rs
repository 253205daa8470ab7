//! Building blocks shared by the explainers: rule look-ups that fail with a
//! [`LawError`] instead of panicking, source citations, "check where" notes,
//! and small compositions of messages (lists, appended notes).

use chrono::NaiveDate;
use musofir_law::{Check, Law, LawDate, LawError, RubRange, Rule, RuleStatus};

use crate::text::Msg;

/// One explainer's paragraphs, or the rule data it could not find.
pub(crate) type Paragraphs = Result<Vec<Msg>, LawError>;

/// The law and the day an explainer is written for.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub law: &'a Law,
    pub today: NaiveDate,
}

fn missing(id: &str, field: &'static str) -> LawError {
    LawError::MissingValue {
        rule: id.to_string(),
        field,
    }
}

/// An optional value field that `REQUIRED_VALUES` does not guarantee.
pub(crate) fn need<T>(value: Option<T>, id: &str, field: &'static str) -> Result<T, LawError> {
    value.ok_or_else(|| missing(id, field))
}

impl<'a> Ctx<'a> {
    pub fn rule(&self, id: &str) -> Result<&'a Rule, LawError> {
        self.law.require(id)
    }

    /// The day a rule started to apply (rules with a dated start only).
    pub fn since(&self, id: &str) -> Result<NaiveDate, LawError> {
        match self.rule(id)?.in_force_from {
            LawDate::On(d) => Ok(d),
            _ => Err(missing(id, "in_force_from")),
        }
    }

    /// Whether a rule is a bill or draft (never presented as law).
    pub fn pending(&self, id: &str) -> Result<bool, LawError> {
        Ok(self.rule(id)?.status == RuleStatus::Pending)
    }

    /// "Source: <citation>." plus, when the rule is below high confidence,
    /// "not fully confirmed: check at <place>".
    pub fn src(&self, id: &str) -> Result<Msg, LawError> {
        let rule = self.rule(id)?;
        Ok(self.unsure_if(rule, Msg::new("explain-src").msg("cite", self.cite(rule))))
    }

    /// "Source: <citation>." without the confidence note (for bills, whose
    /// confidence is about the bill existing: the text already says it is
    /// not law).
    pub fn src_plain(&self, id: &str) -> Result<Msg, LawError> {
        Ok(Msg::new("explain-src").msg("cite", self.cite(self.rule(id)?)))
    }

    /// The same as [`Ctx::src`] for several rules: one merged citation
    /// ([`Ctx::cite_many`]), with the note of the least certain rule.
    pub fn srcs(&self, ids: &[&str]) -> Result<Msg, LawError> {
        let rules = ids
            .iter()
            .map(|id| self.rule(id))
            .collect::<Result<Vec<_>, _>>()?;
        let src = Msg::new("explain-src").msg("cite", self.cite_many(&rules));
        let weakest = rules
            .iter()
            .filter(|r| r.is_uncertain())
            .min_by_key(|r| r.confidence);
        Ok(match weakest {
            Some(rule) => append(src, self.unsure(rule)),
            None => src,
        })
    }

    /// One citation for several rules, linked to the first URL among them:
    /// repeated parts are dropped and parts that differ only in their last
    /// word are merged (`114-ФЗ ст. 27(1) пп. 12, 13, 14`).
    pub fn cite_many(&self, rules: &[&Rule]) -> Msg {
        // (prefix up to the last space, last words), in order of first mention.
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for rule in rules {
            for part in ru_citation(&rule.source).split("; ") {
                let (prefix, last) = match part.rfind(' ') {
                    Some(i) => (&part[..=i], &part[i + 1..]),
                    None => ("", part),
                };
                match groups.iter_mut().find(|(p, _)| p == prefix) {
                    Some((_, lasts)) if !lasts.iter().any(|l| l == last) => {
                        lasts.push(last.to_string())
                    }
                    Some(_) => {}
                    None => groups.push((prefix.to_string(), vec![last.to_string()])),
                }
            }
        }
        let source = groups
            .iter()
            .map(|(prefix, lasts)| format!("{prefix}{}", lasts.join(", ")))
            .collect::<Vec<_>>()
            .join("; ");
        match rules.iter().find_map(|r| r.source_url()) {
            Some(url) => Msg::new("explain-cite-link")
                .str("url", url)
                .str("source", source),
            None => Msg::new("explain-cite-plain").str("source", source),
        }
    }

    /// A list line with a ⚠️ mark when `rule` is uncertain; the list then
    /// ends with [`Ctx::footnote`].
    pub fn marked(&self, rule: &Rule, line: Msg) -> Msg {
        if rule.is_uncertain() {
            append(line, Msg::new("explain-mark"))
        } else {
            line
        }
    }

    /// "⚠️ = not fully confirmed: check at <place>" under a list with marks.
    pub fn footnote(&self, check: Check) -> Msg {
        Msg::new("explain-footnote").msg("where", self.place(check))
    }

    /// The citation of a rule, linked to its first URL when it has one.
    pub fn cite(&self, rule: &Rule) -> Msg {
        let source = ru_citation(&rule.source);
        match rule.source_url() {
            Some(url) => Msg::new("explain-cite-link")
                .str("url", url)
                .str("source", source),
            None => Msg::new("explain-cite-plain").str("source", source),
        }
    }

    /// Appends the "not fully confirmed" note to `msg` when `rule` is uncertain.
    pub fn unsure_if(&self, rule: &Rule, msg: Msg) -> Msg {
        if rule.is_uncertain() {
            append(msg, self.unsure(rule))
        } else {
            msg
        }
    }

    fn unsure(&self, rule: &Rule) -> Msg {
        Msg::new("explain-unsure").msg("where", self.place(rule.check.unwrap_or(Check::MvdOffice)))
    }

    /// Where to check, as an adverbial phrase ("at the MVD migration unit").
    pub fn place(&self, check: Check) -> Msg {
        match check {
            Check::MvdOffice => Msg::new("explain-where-mvd"),
            Check::Mmc => Msg::new("explain-where-mmc"),
            Check::MvdRklPage => Msg::new("explain-where-rkl").msg("link", self.rkl_link()),
            Check::Gosuslugi => Msg::new("explain-where-gosuslugi"),
            Check::Hotel => Msg::new("explain-where-hotel"),
        }
    }

    /// The MVD register check page as a link (the URL is data: rule `rkl.register`).
    pub fn rkl_link(&self) -> Msg {
        match self
            .law
            .rule(musofir_law::ids::RKL_REGISTER)
            .and_then(Rule::source_url)
        {
            Some(url) => Msg::new("explain-link").str("url", url),
            None => Msg::new("explain-where-gosuslugi"),
        }
    }

    /// Adds `min`/`max` (roubles) of a rule's range to `msg`.
    pub fn range(&self, msg: Msg, id: &str) -> Result<Msg, LawError> {
        let RubRange { min, max } = self.law.rub_range(id)?;
        Ok(msg.rub("min", min.into()).rub("max", max.into()))
    }

    /// "As of DD.MM.YYYY" closing paragraph, with the date the sources were
    /// followed to.
    pub fn as_of(&self) -> Msg {
        Msg::new("explain-asof")
            .date("date", self.law.as_of())
            .date("until", self.law.sources_until())
    }
}

/// `first` followed by `note` in the same paragraph.
pub(crate) fn append(first: Msg, note: Msg) -> Msg {
    Msg::new("explain-append")
        .msg("text", first)
        .msg("note", note)
}

/// Joins messages with a joiner message of two variables `first` and `rest`
/// (`explain-join-lines`, `explain-join-comma`, `explain-join-semicolon`).
/// An empty list gives an empty line message.
pub(crate) fn join(joiner: &'static str, items: Vec<Msg>) -> Msg {
    let mut iter = items.into_iter().rev();
    let Some(mut acc) = iter.next() else {
        return Msg::new("explain-nothing");
    };
    for item in iter {
        acc = Msg::new(joiner).msg("first", item).msg("rest", acc);
    }
    acc
}

/// Lines of one paragraph (a heading and bullets).
pub(crate) fn lines(items: Vec<Msg>) -> Msg {
    join("explain-join-lines", items)
}

/// A country's name from its ISO code (`explain-country-uz`); codes without
/// a message are shown as they are.
pub(crate) fn country(code: &str) -> Msg {
    match code {
        "UZ" | "TJ" | "KG" | "KZ" | "AM" | "BY" | "UA" | "GE" | "AZ" | "MD" => {
            Msg::new(format!("explain-country-{}", code.to_ascii_lowercase()))
        }
        other => Msg::new("explain-verbatim").str("text", other),
    }
}

/// The countries a rule names, as a comma-separated list.
pub(crate) fn countries(rule: &Rule) -> Msg {
    join(
        "explain-join-comma",
        rule.value.countries.iter().map(|c| country(c)).collect(),
    )
}

/// The citation of a legal act in Russian, the language of the act, of the
/// officials and of the forms: `109-FZ art. 20 part 3(2)` → `109-ФЗ ст. 20
/// ч. 3(2)`. `law/rules.toml` writes its citations in English for the
/// reviewer; the user gets the form they can show or look up. Phrases not in
/// the table stay as written.
pub fn ru_citation(source: &str) -> String {
    // Longer phrases first: later entries are parts of earlier ones.
    const PHRASES: &[(&str, &str)] = &[
        ("Presidential Decree No. ", "Указ Президента № "),
        ("Presidential decree of ", "Указ Президента от "),
        ("Government decrees ", "постановления Правительства № "),
        ("Government Decree ", "постановление Правительства № "),
        ("Government bill", "законопроект Правительства"),
        ("Ministry of Digital Development letter", "письмо Минцифры"),
        (
            "RF-Tajikistan agreement",
            "Соглашение России и Таджикистана",
        ),
        ("RF-Uzbekistan agreement", "Соглашение России и Узбекистана"),
        ("RF-Belarus agreement", "Соглашение России и Беларуси"),
        ("EAEU Treaty", "Договор о ЕАЭС"),
        ("bilateral agreements", "двусторонние соглашения"),
        ("(general rule)", "(общее правило)"),
        (
            "term for Ukrainians not confirmed",
            "срок для граждан Украины не подтверждён",
        ),
        (
            "Moscow law on the regional coefficient",
            "закон Москвы о коэффициенте",
        ),
        (
            "St Petersburg regional coefficient",
            "коэффициент Санкт-Петербурга",
        ),
        (
            "Leningrad oblast regional coefficient",
            "коэффициент Ленинградской области",
        ),
        (
            "annual regional decrees",
            "ежегодные постановления регионов",
        ),
        ("MVD via TASS", "МВД (ТАСС)"),
        ("MVD draft", "проект МВД"),
        (
            "Duma bill (New People faction)",
            "законопроект фракции «Новые люди»",
        ),
        (
            "Duma bill (Volodin, Yarovaya), 1st reading",
            "законопроект (Володин, Яровая), первое чтение",
        ),
        ("(employer notice)", "(уведомление работодателя)"),
        // Acts cited by rules added in the law review of 2026-12-06.
        ("Duma bill (LDPR faction)", "законопроект фракции ЛДПР"),
        ("Code of Administrative Procedure", "КАС РФ"),
        ("Criminal Code", "УК РФ"),
        ("(disputed)", "(спорно)"),
        ("Federal law on education", "закон об образовании"),
        ("(amendments in force ", "(изменения с "),
        ("Ministry of Health order 1079n", "приказ Минздрава № 1079н"),
        ("OK-P24-", "ОК-П24-"),
        (
            "Minobrnauki rules (mmc02.ru, news.mail.ru)",
            "правила Минобрнауки",
        ),
        ("(stage 1)", "(этап 1)"),
        ("(before ", "(до "),
        ("Tax Code", "НК РФ"),
        ("KoAP", "КоАП РФ"),
        ("as amended by", "в ред."),
        ("subpara. ", "пп. "),
        ("subpara", "пп."),
        ("paras. ", "пп. "),
        ("paras", "пп."),
        ("para. ", "п. "),
        ("para", "п."),
        ("arts.", "ст."),
        ("art.", "ст."),
        ("parts", "ч."),
        ("part", "ч."),
        (" ff.", " и след."),
        (" and ", " и "),
        (" of ", " от "),
        ("No. ", "№ "),
        ("-FZ", "-ФЗ"),
    ];
    let mut out = source.to_string();
    for (en, ru) in PHRASES {
        out = out.replace(en, ru);
    }
    out
}

/// The federal laws named in the sources of `rules` ("109-FZ" → "109-ФЗ"),
/// plus the KoAP if one cites it, in order of first mention.
pub(crate) fn law_names<'r>(rules: impl IntoIterator<Item = &'r Rule>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for rule in rules {
        for word in rule
            .source
            .split(|c: char| c.is_whitespace() || c == '(' || c == ';' || c == ',')
        {
            let federal_law = word
                .strip_suffix("-FZ")
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if !(federal_law || word == "KoAP") {
                continue;
            }
            let name = ru_citation(word);
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_read_in_russian() {
        assert_eq!(
            ru_citation("109-FZ art. 20 part 3(2)"),
            "109-ФЗ ст. 20 ч. 3(2)"
        );
        assert_eq!(
            ru_citation("Presidential Decree No. 1126 of 30.12.2024"),
            "Указ Президента № 1126 от 30.12.2024"
        );
        assert_eq!(
            ru_citation("115-FZ art. 5(1) as amended by 260-FZ of 08.08.2024"),
            "115-ФЗ ст. 5(1) в ред. 260-ФЗ от 08.08.2024"
        );
        assert_eq!(
            ru_citation("KoAP art. 18.8 part 1.1"),
            "КоАП РФ ст. 18.8 ч. 1.1"
        );
    }

    #[test]
    fn every_rule_source_has_a_russian_citation() {
        let law = Law::embedded().unwrap();
        for rule in law.rules() {
            let ru = ru_citation(&rule.source);
            assert!(
                !ru.chars().any(|c| c.is_ascii_alphabetic()),
                "{}: {ru}",
                rule.id
            );
            assert!(!ru.contains(".."), "{}: {ru}", rule.id);
        }
    }

    #[test]
    fn law_names_are_found_in_sources() {
        let law = Law::embedded().unwrap();
        let names = law_names([
            law.rule(musofir_law::ids::REGISTRATION_TERM_GENERAL)
                .unwrap(),
            law.rule(musofir_law::ids::FINE_KOAP_18_8_1).unwrap(),
        ]);
        assert_eq!(names, ["109-ФЗ", "КоАП РФ"]);
    }
}

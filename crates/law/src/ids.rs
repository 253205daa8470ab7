//! Stable rule ids: the engine and the bot's explainers refer to rules by these names. A test checks that every
//! id listed here exists in `law/rules.toml`.

use crate::rules::Field::{self, *};

/// Registration, general rule for visa-free foreigners: the host's arrival notice within working days of arrival.
pub const REGISTRATION_TERM_GENERAL: &str = "registration.term.general";
/// Registration, citizens of Tajikistan: days from entry without registration.
pub const REGISTRATION_TERM_TJ: &str = "registration.term.tj";
/// Registration, citizens of Uzbekistan: days from entry without registration.
pub const REGISTRATION_TERM_UZ: &str = "registration.term.uz";
/// Registration, EAEU citizens (Kyrgyzstan, Kazakhstan, Armenia): days from entry without registration.
pub const REGISTRATION_TERM_EAEU: &str = "registration.term.eaeu";
/// Registration, citizens of Belarus: a disputed term (`alt_days` is the other reading).
pub const REGISTRATION_TERM_BY: &str = "registration.term.by";
/// Registration, citizens of Ukraine: term not confirmed (`alt_days` is the old sources' reading).
pub const REGISTRATION_TERM_UA: &str = "registration.term.ua";
/// Hotels, sanatoria and hospitals notify MVD of their guests themselves; the guest files nothing.
pub const REGISTRATION_HOTEL: &str = "registration.hotel";
/// The longest a registration can last (`years`), and never longer than the legal stay.
pub const REGISTRATION_MAX_TERM: &str = "registration.max_term";
/// The Moscow-region "Amina" experiment: workers register at the MMC address via the app, geolocation on.
pub const REGISTRATION_AMINA: &str = "registration.amina";
/// The "Amina" transition: people in the Moscow region on 01.09.2025 had a period to register at the MMC.
pub const REGISTRATION_AMINA_TRANSITION: &str = "registration.amina.transition";
/// Who else the "Amina" scheme covers, from news reports of the law's text: EAEU citizens working on a contract
/// (the right to work without a patent) and those who changed their purpose of entry to work.
pub const REGISTRATION_AMINA_WORKERS: &str = "registration.amina.workers";
/// Reported extension of the "Amina" scheme (from its start date) to stays over `threshold_days` for any purpose.
pub const REGISTRATION_AMINA_OVER_90_DAYS: &str = "registration.amina.over_90_days";
/// State duty for registration at the place of stay.
pub const DUTY_REGISTRATION_PLACE_OF_STAY: &str = "duty.registration.place_of_stay";
/// State duty for registration at the place of residence.
pub const DUTY_REGISTRATION_PLACE_OF_RESIDENCE: &str = "duty.registration.place_of_residence";
/// State duty for extending temporary stay.
pub const DUTY_STAY_EXTENSION: &str = "duty.stay_extension";
/// State duty to issue or re-issue a patent.
pub const DUTY_PATENT: &str = "duty.patent";
/// State duty for a patent duplicate or changes.
pub const DUTY_PATENT_DUPLICATE: &str = "duty.patent.duplicate";

/// The old stay limit: at most 90 days in any 180-day period.
pub const STAY_LIMIT_90_IN_180: &str = "stay.limit.90_in_180";
/// The stay limit "90/365": at most 90 days per calendar year, and at most 90 days in a row.
pub const STAY_LIMIT_90_PER_YEAR: &str = "stay.limit.90_per_year";
/// Exceptions to the 90-day limit (paid patent, EAEU worker's contract, students, RVP/VNZh applicants).
pub const STAY_EXCEPTIONS: &str = "stay.exceptions";
/// EAEU worker whose contract ends after the first 90 days: days to sign a new one.
pub const STAY_EAEU_NEW_CONTRACT: &str = "stay.eaeu.new_contract";

/// Apply for a patent within days of entry (purpose of entry: work).
pub const PATENT_APPLICATION_TERM: &str = "patent.application.term";
/// The monthly patent payment formula: base amount x deflator (`coefficient`) x regional coefficient.
pub const PATENT_PAYMENT_FORMULA: &str = "patent.payment.formula";
/// Monthly patent payment in Moscow, 2025 (a member of family [`FAMILY_PATENT_PAYMENT`]).
pub const PATENT_PAYMENT_MOSCOW_2025: &str = "patent.payment.moscow.2025";
/// Monthly patent payment in Moscow, 2026 (a member of family [`FAMILY_PATENT_PAYMENT`]).
pub const PATENT_PAYMENT_MOSCOW_2026: &str = "patent.payment.moscow.2026";
/// Monthly patent payment in St Petersburg, 2026 (a member of family [`FAMILY_PATENT_PAYMENT`]).
pub const PATENT_PAYMENT_SPB_2026: &str = "patent.payment.spb.2026";
/// Monthly patent payment in Leningrad oblast, 2026 (a member of family [`FAMILY_PATENT_PAYMENT`]).
pub const PATENT_PAYMENT_LENINGRAD_OBLAST_2026: &str = "patent.payment.leningrad_oblast.2026";
/// A missed monthly payment: the patent ends the day after the last paid day and cannot be revived.
pub const PATENT_PAYMENT_END_RULE: &str = "patent.payment.end_rule";
/// The patent's 12-month cap: its last valid day is the day before the anniversary of issue.
pub const PATENT_TERM: &str = "patent.term";
/// Re-issue of the patent without leaving Russia: apply working days before its 12 months end.
pub const PATENT_REISSUE: &str = "patent.reissue";
/// A copy of the labour or civil contract to MVD within months of the patent's issue, or it is annulled.
pub const PATENT_CONTRACT_NOTICE: &str = "patent.contract_notice";
/// The employer notifies MVD within working days when a contract is signed or ended.
pub const PATENT_EMPLOYER_NOTICE: &str = "patent.employer_notice";
/// One patent for two regions where the regions agree; the pairs are the members of [`FAMILY_PATENT_TWO_REGIONS`].
pub const PATENT_TWO_REGIONS: &str = "patent.two_regions";
/// Regional bans on some jobs for patent holders (EAEU citizens not affected).
pub const PATENT_REGIONAL_JOB_BANS: &str = "patent.regional_job_bans";
/// Bill, not law: an income test for patent holders, a higher payment per dependant, children's status at 18.
pub const PATENT_INCOME_TEST_BILL: &str = "patent.income_test_bill";

/// Arrived for work: medical check, fingerprinting and photo within days of entry (Belarus citizens exempt).
pub const MEDICAL_TERM_WORK: &str = "medical.term.work";
/// Other purposes, stay over 90 days: medical check, fingerprinting, photo within days of entry (Belarus exempt).
pub const MEDICAL_TERM_OTHER: &str = "medical.term.other";
/// The yearly repeat of the medical check: within days after the certificates expire.
pub const MEDICAL_REPEAT: &str = "medical.repeat";
/// The sanction for skipping the medical check: unclear.
pub const MEDICAL_SANCTION: &str = "medical.sanction";
/// Bill, not law: a shorter medical-check term for everyone staying over 90 days, yearly, with a new fine.
pub const MEDICAL_BILL_2026: &str = "medical.bill_2026";

/// Fine, KoAP 18.8 part 1: breach of entry, stay or registration rules.
pub const FINE_KOAP_18_8_1: &str = "fine.koap_18_8_1";
/// Fine, KoAP 18.8 part 1.1: no documents for stay, overstay, not leaving (mandatory expulsion).
pub const FINE_KOAP_18_8_1_1: &str = "fine.koap_18_8_1_1";
/// Fine, KoAP 18.8 part 3: part 1 offences in the four capital regions (with expulsion).
pub const FINE_KOAP_18_8_3: &str = "fine.koap_18_8_3";
/// Fine, KoAP 18.8 part 3.1: part 1.1 offences in the four capital regions (with expulsion).
pub const FINE_KOAP_18_8_3_1: &str = "fine.koap_18_8_3_1";
/// Fine, KoAP 18.10 part 1: working without a patent, or outside its region or profession.
pub const FINE_KOAP_18_10_1: &str = "fine.koap_18_10_1";
/// Fine, KoAP 18.10 part 2: the same in the four capital regions (with expulsion).
pub const FINE_KOAP_18_10_2: &str = "fine.koap_18_10_2";
/// Fine, KoAP 18.20: late application for a patent.
pub const FINE_KOAP_18_20: &str = "fine.koap_18_20";
/// Fine, KoAP 18.9: a host breaching registration rules, for officials.
pub const FINE_KOAP_18_9_OFFICIALS: &str = "fine.koap_18_9.officials";
/// Fine, KoAP 18.9: a host breaching registration rules, for legal entities.
pub const FINE_KOAP_18_9_LEGAL_ENTITIES: &str = "fine.koap_18_9.legal_entities";
/// Fine, KoAP 18.9: a host breaching registration rules, for private hosts.
pub const FINE_KOAP_18_9_PRIVATE_HOSTS: &str = "fine.koap_18_9.private_hosts";
/// Bill, not law: raise the KoAP 18.8 fines.
pub const FINE_KOAP_18_8_RAISE_BILL: &str = "fine.koap_18_8.raise_bill";
/// A court may replace expulsion with a fine or compulsory labour.
pub const EXPULSION_REPLACEMENT: &str = "expulsion.replacement";
/// MVD chiefs may order expulsion for some offences without a court.
pub const EXPULSION_WITHOUT_COURT: &str = "expulsion.without_court";

/// Entry ban of 3 years for an overstay of more than `threshold_days`.
pub const BAN_OVERSTAY_3Y: &str = "ban.overstay.3y";
/// Entry ban of 5 years for an overstay of more than `threshold_days`.
pub const BAN_OVERSTAY_5Y: &str = "ban.overstay.5y";
/// Entry ban of 10 years for an overstay of more than `threshold_days`.
pub const BAN_OVERSTAY_10Y: &str = "ban.overstay.10y";
/// Entry ban after administrative expulsion or deportation.
pub const BAN_AFTER_EXPULSION: &str = "ban.after_expulsion";
/// Entry ban after a repeat expulsion.
pub const BAN_AFTER_EXPULSION_REPEAT: &str = "ban.after_expulsion.repeat";
/// Entry may be refused after repeated administrative offences within `within_years`.
pub const BAN_REPEATED_OFFENCES_ANY: &str = "ban.repeated_offences.any";
/// Entry ban after repeated migration-regime offences within `within_years`.
pub const BAN_REPEATED_OFFENCES_MIGRATION: &str = "ban.repeated_offences.migration";

/// Decree 1126: the window to regularise status without leaving Russia, as first decreed.
pub const AMNESTY_WINDOW: &str = "amnesty.decree_1126.window";
/// Decree 1126: the window as extended by the decree of 28.04.2025 (no further extension).
pub const AMNESTY_EXTENSION: &str = "amnesty.decree_1126.extension";

/// The register of controlled persons (RKL); its first URL is the MVD check page.
pub const RKL_REGISTER: &str = "rkl.register";
/// A person in the RKL: bank operations barred except a few, cash withdrawal up to a monthly limit.
pub const RKL_CASH_LIMIT: &str = "rkl.cash_limit";

/// The voluntary RuID entry application via Gosuslugi.
pub const RUID_VOLUNTARY: &str = "ruid.voluntary";
/// Draft, not law: the RuID application mandatory for work and study entrants.
pub const RUID_MANDATORY_DRAFT: &str = "ruid.mandatory_draft";
/// Fingerprints and photo at the border: Moscow airports and Mashtakovo.
pub const BORDER_BIOMETRICS_AIRPORTS: &str = "border.biometrics.airports";
/// Fingerprints and photo at all border points where technically possible.
pub const BORDER_BIOMETRICS_ALL: &str = "border.biometrics.all";

/// A Russian-language certificate is needed for a patent; `years` it is valid.
pub const LANGUAGE_CERTIFICATE: &str = "language.certificate";
/// 329-FZ: who is exempt from proving Russian-language knowledge.
pub const LANGUAGE_EXEMPTIONS_329FZ: &str = "language.exemptions_329fz";
/// The language exam is computer-only, with video and audio recording.
pub const LANGUAGE_EXAM_COMPUTER: &str = "language.exam_computer";
/// Migrant children: a compulsory Russian test before school enrolment.
pub const LANGUAGE_SCHOOL_TEST: &str = "language.school_test";

// Added in the review of 2026-12-06 (issue 11).
/// After a move: a new arrival notice within working days of arrival there; the exemptions do not restart.
pub const REGISTRATION_MOVE: &str = "registration.move";
/// Every entry starts a new registration, counted from the new entry (also for a patent holder).
pub const REGISTRATION_AFTER_REENTRY: &str = "registration.after_reentry";
/// A patent holder's registration is extended only for the paid patent period, renewed after each payment.
pub const REGISTRATION_PATENT_HOLDER_TERM: &str = "registration.patent_holder_term";
/// A registration bought without living at the address is fictitious: a crime for the host.
pub const REGISTRATION_FICTITIOUS: &str = "registration.fictitious";
/// An employer registers a worker at its own address only where the worker actually lives there.
pub const REGISTRATION_EMPLOYER_HOST: &str = "registration.employer_host";
/// A lost or damaged migration card: report it within days for a free duplicate.
pub const LOST_MIGRATION_CARD: &str = "lost.migration_card";
/// One patent for Moscow and Moscow oblast (a member of family [`FAMILY_PATENT_TWO_REGIONS`]).
pub const PATENT_TWO_REGIONS_MOSCOW: &str = "patent.two_regions.moscow";
/// One patent for St Petersburg and Leningrad oblast (a member of family [`FAMILY_PATENT_TWO_REGIONS`]).
pub const PATENT_TWO_REGIONS_SPB: &str = "patent.two_regions.spb";
/// Monthly patent payment in Moscow oblast, 2026 (a member of family [`FAMILY_PATENT_PAYMENT`]).
pub const PATENT_PAYMENT_MOSCOW_OBLAST_2026: &str = "patent.payment.moscow_oblast.2026";
/// A patent is issued only when the migration card's purpose of entry is work.
pub const PATENT_PURPOSE_WORK: &str = "patent.purpose_work";
/// A patent holder may change employer within the patent's region and profession without a new patent.
pub const PATENT_JOB_CHANGE: &str = "patent.job_change";
/// Losing the job does not end a paid patent; no federal term to find a new job was found.
pub const PATENT_JOB_LOSS: &str = "patent.job_loss";
/// Bill, not law: a patent holder works for one employer for the first months after entry.
pub const PATENT_ONE_EMPLOYER_BILL: &str = "patent.one_employer_bill";
/// Draft, not law: organised recruitment of foreign workers from 2027, outside Moscow and Moscow oblast.
pub const RECRUITMENT_EXPERIMENT_2027: &str = "recruitment.experiment_2027";
/// EAEU citizen who entered for another purpose, then signed a contract: medical check within days of it.
pub const EAEU_CONTRACT_MEDICAL: &str = "eaeu.contract_medical";
/// Children under `years` are exempt from the medical check, fingerprinting and photo.
pub const MEDICAL_EXEMPT_UNDER_6: &str = "medical.exempt_under_6";
/// Children are registered at the place of stay like adults, with a separate notice for each child.
pub const FAMILY_CHILDREN_REGISTRATION: &str = "family.children_registration";
/// Full-time students of Russian colleges and universities may work without a patent in their free time.
pub const STUDENTS_WORK: &str = "students.work";
/// Fine, KoAP 18.1 part 2: a foreigner breaking the rules of border crossing or of entry/exit at the border.
pub const FINE_KOAP_18_1_2: &str = "fine.koap_18_1_2";
/// Inclusion in the RKL follows from losing the legal basis to stay; nobody decides it case by case.
pub const RKL_INCLUSION: &str = "rkl.inclusion";
/// How to leave the RKL and the regime of expulsion.
pub const RKL_EXCLUSION: &str = "rkl.exclusion";
/// The regime of expulsion: restrictions and duties of a foreigner without legal grounds to stay.
pub const EXPULSION_REGIME: &str = "expulsion_regime";
/// Appeal of a court decision imposing a fine with expulsion: days from receiving its copy.
pub const APPEAL_COURT_EXPULSION: &str = "appeal.court_expulsion";
/// Challenge of an MVD decision (entry ban, RKL, expulsion without court): months from learning of it.
pub const APPEAL_MVD_DECISION: &str = "appeal.mvd_decision";
/// Before travelling: check the RKL and whether there is an entry ban.
pub const BAN_CHECK_BEFORE_TRAVEL: &str = "ban.check_before_travel";

/// Families of rules looked up by region and date (`Law::family_rule`), with the value fields each member needs.
/// Members are not listed in [`all`]: adding a region or a year is a data change only.
pub const FAMILY_PATENT_PAYMENT: &str = "patent.payment";
/// The family of pairs of regions one patent covers: `patent.two_regions.<pair>`.
pub const FAMILY_PATENT_TWO_REGIONS: &str = "patent.two_regions";
pub(crate) const FAMILIES: &[(&str, &[Field])] = &[
    (FAMILY_PATENT_PAYMENT, &[Rub, Regions]),
    (FAMILY_PATENT_TWO_REGIONS, &[Regions]),
];

/// Every rule whose status is pending: bills and drafts. Never applied as law; each carries its last stage.
pub const PENDING: [&str; 6] = [
    MEDICAL_BILL_2026,
    PATENT_INCOME_TEST_BILL,
    FINE_KOAP_18_8_RAISE_BILL,
    RUID_MANDATORY_DRAFT,
    PATENT_ONE_EMPLOYER_BILL,
    RECRUITMENT_EXPERIMENT_2027,
];

/// The overstay ban rules, mildest first.
pub const BAN_OVERSTAY: [&str; 3] = [BAN_OVERSTAY_3Y, BAN_OVERSTAY_5Y, BAN_OVERSTAY_10Y];

/// The year-carrying payment ids above (`PATENT_PAYMENT_*_2025/2026`) are kept for the explainers that name them;
/// new code looks payments up with `Law::patent_payment(region, date)`.
///
/// The value fields each rule must have: the engine or the explainers read them. Checked at load time, so the
/// engine's look-ups cannot miss on validated data.
pub(crate) const REQUIRED_VALUES: &[(&str, &[Field])] = &[
    (REGISTRATION_TERM_GENERAL, &[WorkingDays]),
    (REGISTRATION_TERM_TJ, &[Days]),
    (REGISTRATION_TERM_UZ, &[Days]),
    (REGISTRATION_TERM_EAEU, &[Days, Countries]),
    (REGISTRATION_TERM_BY, &[Days]),
    (REGISTRATION_TERM_UA, &[WorkingDays]),
    (REGISTRATION_HOTEL, &[WorkingDays]),
    (REGISTRATION_MAX_TERM, &[Years]),
    (REGISTRATION_AMINA, &[WorkingDays, Window, Countries]),
    (REGISTRATION_AMINA_TRANSITION, &[Days]),
    (REGISTRATION_AMINA_WORKERS, &[]),
    (REGISTRATION_AMINA_OVER_90_DAYS, &[ThresholdDays]),
    (DUTY_REGISTRATION_PLACE_OF_STAY, &[Rub]),
    (DUTY_REGISTRATION_PLACE_OF_RESIDENCE, &[Rub]),
    (DUTY_STAY_EXTENSION, &[Rub]),
    (DUTY_PATENT, &[Rub]),
    (DUTY_PATENT_DUPLICATE, &[Rub]),
    (STAY_LIMIT_90_IN_180, &[Days]),
    (STAY_LIMIT_90_PER_YEAR, &[Days]),
    (STAY_EXCEPTIONS, &[]),
    (STAY_EAEU_NEW_CONTRACT, &[Days]),
    (PATENT_APPLICATION_TERM, &[Days]),
    (PATENT_PAYMENT_FORMULA, &[Rub]),
    (PATENT_PAYMENT_MOSCOW_2025, &[Rub]),
    (PATENT_PAYMENT_MOSCOW_2026, &[Rub]),
    (PATENT_PAYMENT_SPB_2026, &[Rub]),
    (PATENT_PAYMENT_LENINGRAD_OBLAST_2026, &[Rub]),
    (PATENT_PAYMENT_END_RULE, &[]),
    (PATENT_TERM, &[Months]),
    (PATENT_REISSUE, &[WorkingDays, Months]),
    (PATENT_CONTRACT_NOTICE, &[Months]),
    (PATENT_EMPLOYER_NOTICE, &[WorkingDays]),
    (PATENT_TWO_REGIONS, &[]),
    (PATENT_REGIONAL_JOB_BANS, &[]),
    (PATENT_INCOME_TEST_BILL, &[]),
    (MEDICAL_TERM_WORK, &[Days, Countries]),
    (MEDICAL_TERM_OTHER, &[Days, ThresholdDays, Countries]),
    (MEDICAL_REPEAT, &[Months, Days]),
    (MEDICAL_SANCTION, &[]),
    (MEDICAL_BILL_2026, &[Days, RubRange]),
    (FINE_KOAP_18_8_1, &[RubRange]),
    (FINE_KOAP_18_8_1_1, &[RubRange]),
    (FINE_KOAP_18_8_3, &[RubRange]),
    (FINE_KOAP_18_8_3_1, &[RubRange]),
    (FINE_KOAP_18_10_1, &[RubRange]),
    (FINE_KOAP_18_10_2, &[RubRange]),
    (FINE_KOAP_18_20, &[RubRange]),
    (FINE_KOAP_18_9_OFFICIALS, &[RubRange]),
    (FINE_KOAP_18_9_LEGAL_ENTITIES, &[RubRange]),
    (FINE_KOAP_18_9_PRIVATE_HOSTS, &[RubRange]),
    (FINE_KOAP_18_8_RAISE_BILL, &[RubRange]),
    (EXPULSION_REPLACEMENT, &[RubRange]),
    (EXPULSION_WITHOUT_COURT, &[]),
    (BAN_OVERSTAY_3Y, &[ThresholdDays, Years]),
    (BAN_OVERSTAY_5Y, &[ThresholdDays, Years]),
    (BAN_OVERSTAY_10Y, &[ThresholdDays, Years]),
    (BAN_AFTER_EXPULSION, &[Years]),
    (BAN_AFTER_EXPULSION_REPEAT, &[Years]),
    (BAN_REPEATED_OFFENCES_ANY, &[Years]),
    (BAN_REPEATED_OFFENCES_MIGRATION, &[Years]),
    (AMNESTY_WINDOW, &[Window]),
    (AMNESTY_EXTENSION, &[Window]),
    (RKL_REGISTER, &[]),
    (RKL_CASH_LIMIT, &[Rub]),
    (RUID_VOLUNTARY, &[]),
    (RUID_MANDATORY_DRAFT, &[Window]),
    (BORDER_BIOMETRICS_AIRPORTS, &[]),
    (BORDER_BIOMETRICS_ALL, &[]),
    (LANGUAGE_CERTIFICATE, &[Years]),
    (LANGUAGE_EXEMPTIONS_329FZ, &[]),
    (LANGUAGE_EXAM_COMPUTER, &[]),
    (LANGUAGE_SCHOOL_TEST, &[]),
    (REGISTRATION_MOVE, &[WorkingDays]),
    (REGISTRATION_AFTER_REENTRY, &[]),
    (REGISTRATION_PATENT_HOLDER_TERM, &[Years]),
    (REGISTRATION_FICTITIOUS, &[]),
    (REGISTRATION_EMPLOYER_HOST, &[]),
    (LOST_MIGRATION_CARD, &[Days]),
    (PATENT_TWO_REGIONS_MOSCOW, &[Regions]),
    (PATENT_TWO_REGIONS_SPB, &[Regions]),
    (PATENT_PAYMENT_MOSCOW_OBLAST_2026, &[Rub]),
    (PATENT_PURPOSE_WORK, &[]),
    (PATENT_JOB_CHANGE, &[]),
    (PATENT_JOB_LOSS, &[]),
    (PATENT_ONE_EMPLOYER_BILL, &[Days, Months]),
    (RECRUITMENT_EXPERIMENT_2027, &[Window]),
    (EAEU_CONTRACT_MEDICAL, &[Days]),
    (MEDICAL_EXEMPT_UNDER_6, &[Years]),
    (FAMILY_CHILDREN_REGISTRATION, &[]),
    (STUDENTS_WORK, &[]),
    (FINE_KOAP_18_1_2, &[RubRange]),
    (RKL_INCLUSION, &[]),
    (RKL_EXCLUSION, &[]),
    (EXPULSION_REGIME, &[]),
    (APPEAL_COURT_EXPULSION, &[Days]),
    (APPEAL_MVD_DECISION, &[Months]),
    (BAN_CHECK_BEFORE_TRAVEL, &[]),
];

/// Every rule id the code knows (a test checks the data has exactly these).
pub fn all() -> impl Iterator<Item = &'static str> {
    REQUIRED_VALUES.iter().map(|(id, _)| *id)
}

//! Stable rule ids: the engine and the bot's explainers refer to rules by these names. A test checks that every
//! id listed here exists in `law/rules.toml`.

use crate::rules::Field::{self, *};

pub const REGISTRATION_TERM_GENERAL: &str = "registration.term.general";
pub const REGISTRATION_TERM_TJ: &str = "registration.term.tj";
pub const REGISTRATION_TERM_UZ: &str = "registration.term.uz";
pub const REGISTRATION_TERM_EAEU: &str = "registration.term.eaeu";
pub const REGISTRATION_TERM_BY: &str = "registration.term.by";
pub const REGISTRATION_TERM_UA: &str = "registration.term.ua";
pub const REGISTRATION_HOTEL: &str = "registration.hotel";
pub const REGISTRATION_MAX_TERM: &str = "registration.max_term";
pub const REGISTRATION_AMINA: &str = "registration.amina";
pub const REGISTRATION_AMINA_TRANSITION: &str = "registration.amina.transition";
pub const DUTY_REGISTRATION_PLACE_OF_STAY: &str = "duty.registration.place_of_stay";
pub const DUTY_REGISTRATION_PLACE_OF_RESIDENCE: &str = "duty.registration.place_of_residence";
pub const DUTY_STAY_EXTENSION: &str = "duty.stay_extension";
pub const DUTY_PATENT: &str = "duty.patent";
pub const DUTY_PATENT_DUPLICATE: &str = "duty.patent.duplicate";

pub const STAY_LIMIT_90_IN_180: &str = "stay.limit.90_in_180";
pub const STAY_LIMIT_90_PER_YEAR: &str = "stay.limit.90_per_year";
pub const STAY_EXCEPTIONS: &str = "stay.exceptions";
pub const STAY_EAEU_NEW_CONTRACT: &str = "stay.eaeu.new_contract";

pub const PATENT_APPLICATION_TERM: &str = "patent.application.term";
pub const PATENT_PAYMENT_FORMULA: &str = "patent.payment.formula";
pub const PATENT_PAYMENT_MOSCOW_2025: &str = "patent.payment.moscow.2025";
pub const PATENT_PAYMENT_MOSCOW_2026: &str = "patent.payment.moscow.2026";
pub const PATENT_PAYMENT_SPB_2026: &str = "patent.payment.spb.2026";
pub const PATENT_PAYMENT_LENINGRAD_OBLAST_2026: &str = "patent.payment.leningrad_oblast.2026";
pub const PATENT_PAYMENT_END_RULE: &str = "patent.payment.end_rule";
pub const PATENT_TERM: &str = "patent.term";
pub const PATENT_REISSUE: &str = "patent.reissue";
pub const PATENT_CONTRACT_NOTICE: &str = "patent.contract_notice";
pub const PATENT_EMPLOYER_NOTICE: &str = "patent.employer_notice";
pub const PATENT_TWO_REGIONS: &str = "patent.two_regions";
pub const PATENT_REGIONAL_JOB_BANS: &str = "patent.regional_job_bans";
pub const PATENT_INCOME_TEST_BILL: &str = "patent.income_test_bill";

pub const MEDICAL_TERM_WORK: &str = "medical.term.work";
pub const MEDICAL_TERM_OTHER: &str = "medical.term.other";
pub const MEDICAL_REPEAT: &str = "medical.repeat";
pub const MEDICAL_SANCTION: &str = "medical.sanction";
pub const MEDICAL_BILL_2026: &str = "medical.bill_2026";

pub const FINE_KOAP_18_8_1: &str = "fine.koap_18_8_1";
pub const FINE_KOAP_18_8_1_1: &str = "fine.koap_18_8_1_1";
pub const FINE_KOAP_18_8_3: &str = "fine.koap_18_8_3";
pub const FINE_KOAP_18_8_3_1: &str = "fine.koap_18_8_3_1";
pub const FINE_KOAP_18_10_1: &str = "fine.koap_18_10_1";
pub const FINE_KOAP_18_10_2: &str = "fine.koap_18_10_2";
pub const FINE_KOAP_18_20: &str = "fine.koap_18_20";
pub const FINE_KOAP_18_9_OFFICIALS: &str = "fine.koap_18_9.officials";
pub const FINE_KOAP_18_9_LEGAL_ENTITIES: &str = "fine.koap_18_9.legal_entities";
pub const FINE_KOAP_18_9_PRIVATE_HOSTS: &str = "fine.koap_18_9.private_hosts";
pub const FINE_KOAP_18_8_RAISE_BILL: &str = "fine.koap_18_8.raise_bill";
pub const EXPULSION_REPLACEMENT: &str = "expulsion.replacement";
pub const EXPULSION_WITHOUT_COURT: &str = "expulsion.without_court";

pub const BAN_OVERSTAY_3Y: &str = "ban.overstay.3y";
pub const BAN_OVERSTAY_5Y: &str = "ban.overstay.5y";
pub const BAN_OVERSTAY_10Y: &str = "ban.overstay.10y";
pub const BAN_AFTER_EXPULSION: &str = "ban.after_expulsion";
pub const BAN_AFTER_EXPULSION_REPEAT: &str = "ban.after_expulsion.repeat";
pub const BAN_REPEATED_OFFENCES_ANY: &str = "ban.repeated_offences.any";
pub const BAN_REPEATED_OFFENCES_MIGRATION: &str = "ban.repeated_offences.migration";

pub const AMNESTY_WINDOW: &str = "amnesty.decree_1126.window";
pub const AMNESTY_EXTENSION: &str = "amnesty.decree_1126.extension";

pub const RKL_REGISTER: &str = "rkl.register";
pub const RKL_CASH_LIMIT: &str = "rkl.cash_limit";

pub const RUID_VOLUNTARY: &str = "ruid.voluntary";
pub const RUID_MANDATORY_DRAFT: &str = "ruid.mandatory_draft";
pub const BORDER_BIOMETRICS_AIRPORTS: &str = "border.biometrics.airports";
pub const BORDER_BIOMETRICS_ALL: &str = "border.biometrics.all";

pub const LANGUAGE_CERTIFICATE: &str = "language.certificate";
pub const LANGUAGE_EXEMPTIONS_329FZ: &str = "language.exemptions_329fz";
pub const LANGUAGE_EXAM_COMPUTER: &str = "language.exam_computer";
pub const LANGUAGE_SCHOOL_TEST: &str = "language.school_test";

// Added in the review of 2026-12-06 (issue 11).
pub const REGISTRATION_MOVE: &str = "registration.move";
pub const REGISTRATION_AFTER_REENTRY: &str = "registration.after_reentry";
pub const REGISTRATION_PATENT_HOLDER_TERM: &str = "registration.patent_holder_term";
pub const REGISTRATION_FICTITIOUS: &str = "registration.fictitious";
pub const LOST_MIGRATION_CARD: &str = "lost.migration_card";
pub const PATENT_TWO_REGIONS_MOSCOW: &str = "patent.two_regions.moscow";
pub const PATENT_TWO_REGIONS_SPB: &str = "patent.two_regions.spb";
pub const PATENT_PAYMENT_MOSCOW_OBLAST_2026: &str = "patent.payment.moscow_oblast.2026";
pub const PATENT_PURPOSE_WORK: &str = "patent.purpose_work";
pub const PATENT_JOB_CHANGE: &str = "patent.job_change";
pub const PATENT_JOB_LOSS: &str = "patent.job_loss";
pub const PATENT_ONE_EMPLOYER_BILL: &str = "patent.one_employer_bill";
pub const RECRUITMENT_EXPERIMENT_2027: &str = "recruitment.experiment_2027";
pub const EAEU_CONTRACT_MEDICAL: &str = "eaeu.contract_medical";
pub const MEDICAL_EXEMPT_UNDER_6: &str = "medical.exempt_under_6";
pub const FAMILY_CHILDREN_REGISTRATION: &str = "family.children_registration";
pub const STUDENTS_WORK: &str = "students.work";
pub const FINE_KOAP_18_1_2: &str = "fine.koap_18_1_2";
pub const RKL_INCLUSION: &str = "rkl.inclusion";
pub const RKL_EXCLUSION: &str = "rkl.exclusion";
pub const EXPULSION_REGIME: &str = "expulsion_regime";
pub const APPEAL_COURT_EXPULSION: &str = "appeal.court_expulsion";
pub const APPEAL_MVD_DECISION: &str = "appeal.mvd_decision";
pub const BAN_CHECK_BEFORE_TRAVEL: &str = "ban.check_before_travel";

/// Families of rules looked up by region and date (`Law::family_rule`), with the value fields each member needs.
/// Members are not listed in [`all`]: adding a region or a year is a data change only.
pub const FAMILY_PATENT_PAYMENT: &str = "patent.payment";
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

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

/// The overstay ban rules, mildest first.
pub const BAN_OVERSTAY: [&str; 3] = [BAN_OVERSTAY_3Y, BAN_OVERSTAY_5Y, BAN_OVERSTAY_10Y];

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
];

/// Every rule id the code knows (a test checks the data has exactly these).
pub fn all() -> impl Iterator<Item = &'static str> {
    REQUIRED_VALUES.iter().map(|(id, _)| *id)
}

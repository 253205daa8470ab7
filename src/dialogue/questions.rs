//! The interview's questions, in the order they are asked.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    Citizenship,
    /// The second screen of countries.
    CitizenshipMore,
    EntryDate,
    Purpose,
    Housing,
    Region,
    Registered,
    RegisteredOn,
    RegisteredUntil,
    Patent,
    PatentAppliedOn,
    PatentIssuedOn,
    PatentPaidUntil,
    /// EAEU workers: is there a labour contract?
    LabourContract,
    Medical,
    MedicalOn,
    Contract,
    PriorDays,
}

impl Question {
    pub const ALL: [Question; 18] = [
        Question::Citizenship,
        Question::CitizenshipMore,
        Question::EntryDate,
        Question::Purpose,
        Question::Housing,
        Question::Region,
        Question::Registered,
        Question::RegisteredOn,
        Question::RegisteredUntil,
        Question::Patent,
        Question::PatentAppliedOn,
        Question::PatentIssuedOn,
        Question::PatentPaidUntil,
        Question::LabourContract,
        Question::Medical,
        Question::MedicalOn,
        Question::Contract,
        Question::PriorDays,
    ];

    /// Short ASCII code for callback data.
    pub fn code(self) -> &'static str {
        match self {
            Question::Citizenship => "cit",
            Question::CitizenshipMore => "cit2",
            Question::EntryDate => "entry",
            Question::Purpose => "purp",
            Question::Housing => "house",
            Question::Region => "region",
            Question::Registered => "reg",
            Question::RegisteredOn => "regon",
            Question::RegisteredUntil => "regto",
            Question::Patent => "pat",
            Question::PatentAppliedOn => "patapp",
            Question::PatentIssuedOn => "patiss",
            Question::PatentPaidUntil => "patpaid",
            Question::LabourContract => "labour",
            Question::Medical => "med",
            Question::MedicalOn => "medon",
            Question::Contract => "contr",
            Question::PriorDays => "days",
        }
    }

    pub fn from_code(code: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.code() == code)
    }
}

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
    /// The second screen of regions.
    RegionMore,
    // --- "Something changed": the situations' questions (`situations.rs`), never in the standard interview. ---
    /// A hotel guest who moved: where they live now.
    MovedHousing,
    /// The day of arrival at a new address.
    MovedOn,
    /// Registered at the new address?
    MovedRegistered,
    MovedRegisteredOn,
    /// A new contract (employer), or the job lost.
    JobChange,
    ContractSignedOn,
    EmployerNotified,
    ContractEndedOn,
    /// The region where the person works.
    WorkRegion,
    /// The region named in the patent (asked only when the work region is not where the person lives).
    PatentRegion,
    PatentProfession,
    LostDocument,
    LostOn,
    LostReported,
    /// Which decision: a court's expulsion, an MVD decision, the RKL.
    Decision,
    ExpulsionOn,
    MvdDecisionOn,
    Children,
    Trip,
    /// Works in Russia (the card's purpose is not work).
    Works,
}

impl Question {
    pub const ALL: [Question; 39] = [
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
        Question::RegionMore,
        Question::MovedHousing,
        Question::MovedOn,
        Question::MovedRegistered,
        Question::MovedRegisteredOn,
        Question::JobChange,
        Question::ContractSignedOn,
        Question::EmployerNotified,
        Question::ContractEndedOn,
        Question::WorkRegion,
        Question::PatentRegion,
        Question::PatentProfession,
        Question::LostDocument,
        Question::LostOn,
        Question::LostReported,
        Question::Decision,
        Question::ExpulsionOn,
        Question::MvdDecisionOn,
        Question::Children,
        Question::Trip,
        Question::Works,
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
            Question::RegionMore => "region2",
            Question::MovedHousing => "movhouse",
            Question::MovedOn => "movon",
            Question::MovedRegistered => "movreg",
            Question::MovedRegisteredOn => "movregon",
            Question::JobChange => "job",
            Question::ContractSignedOn => "signed",
            Question::EmployerNotified => "notified",
            Question::ContractEndedOn => "ended",
            Question::WorkRegion => "workreg",
            Question::PatentRegion => "patreg",
            Question::PatentProfession => "patprof",
            Question::LostDocument => "lost",
            Question::LostOn => "loston",
            Question::LostReported => "lostrep",
            Question::Decision => "decision",
            Question::ExpulsionOn => "expon",
            Question::MvdDecisionOn => "mvdon",
            Question::Children => "children",
            Question::Trip => "trip",
            Question::Works => "works",
        }
    }

    pub fn from_code(code: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.code() == code)
    }
}

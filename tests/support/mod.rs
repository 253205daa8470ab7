pub mod binary;
pub mod fake_api;
pub mod running;
pub mod scan;

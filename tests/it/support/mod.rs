pub mod binary;
pub mod fake_api;
pub mod load;
pub mod pg;
pub mod running;
pub mod scan;
pub mod sessions;

//! Placeholder until the transliteration lands.
pub fn uz_latin_to_cyrillic(s: &str) -> String {
    s.to_string()
}

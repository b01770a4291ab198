use super::Lang; #[derive(Clone,Copy,Debug,PartialEq,Eq)] pub enum T { X } impl T { #[must_use] pub fn get(self, lang: Lang) -> &'static str { lang.pick("x","y") } }

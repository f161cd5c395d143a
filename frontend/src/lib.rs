//! Mvm's Go frontend: the only crate that knows Go syntax.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod token;

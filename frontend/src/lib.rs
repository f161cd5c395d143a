//! Mvm's Go frontend: the only crate that knows Go syntax.

pub mod ast;
pub mod check;
pub mod constant;
pub mod embed;
pub mod layout;
pub mod lexer;
pub mod literal;
pub mod lower;
pub mod objects;
mod order;
pub mod parser;
pub mod source;
pub mod stdlib;
pub mod token;
pub mod types;
pub mod walk;

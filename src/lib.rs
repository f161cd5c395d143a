//! mvm

//! benchsuite

//! Register and memory types.

use std::fmt;

/// The type of an SSA value. Every register is 64 bits wide.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// Integers of every width, booleans (0/1) and pointers.
    I64,
    /// Floats; 32-bit floats are kept as f64 values rounded to f32 precision.
    F64,
}

/// The width and interpretation of a load or store.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum MemType {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    I64,
    F32,
    F64,
}

impl MemType {
    pub fn size(self) -> u32 {
        match self {
            MemType::I8 | MemType::U8 => 1,
            MemType::I16 | MemType::U16 => 2,
            MemType::I32 | MemType::U32 | MemType::F32 => 4,
            MemType::I64 | MemType::F64 => 8,
        }
    }

    /// The register type a load of this memory type produces.
    pub fn reg(self) -> Type {
        match self {
            MemType::F32 | MemType::F64 => Type::F64,
            _ => Type::I64,
        }
    }

    pub const ALL: [MemType; 9] = [
        MemType::I8,
        MemType::U8,
        MemType::I16,
        MemType::U16,
        MemType::I32,
        MemType::U32,
        MemType::I64,
        MemType::F32,
        MemType::F64,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MemType::I8 => "i8",
            MemType::U8 => "u8",
            MemType::I16 => "i16",
            MemType::U16 => "u16",
            MemType::I32 => "i32",
            MemType::U32 => "u32",
            MemType::I64 => "i64",
            MemType::F32 => "f32",
            MemType::F64 => "f64",
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::I64 => "i64",
            Type::F64 => "f64",
        })
    }
}

impl fmt::Display for MemType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

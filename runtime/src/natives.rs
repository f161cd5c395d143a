//! The table of natives by name.

use crate::native::NativeFn;
use std::collections::HashMap;
use std::sync::OnceLock;

pub fn table() -> &'static HashMap<&'static str, NativeFn> {
    static T: OnceLock<HashMap<&'static str, NativeFn>> = OnceLock::new();
    T.get_or_init(|| {
        use crate::*;
        let list: &[(&'static str, NativeFn)] = &[
            // memory
            ("new_object", slices::new_object),
            ("alloc", slices::alloc),
            ("make_slice", slices::make_slice),
            ("grow_slice", slices::grow_slice),
            ("slice_copy", slices::slice_copy),
            ("mem_move", slices::mem_move),
            ("mem_zero", slices::mem_zero),
            // strings
            ("str_concat", strings::str_concat),
            ("str_eq", strings::str_eq),
            ("str_cmp", strings::str_cmp),
            ("bytes_to_str", strings::bytes_to_str),
            ("str_to_bytes", strings::str_to_bytes),
            ("str_decode_rune", strings::str_decode_rune),
            ("rune_to_str", strings::rune_to_str),
            ("runes_to_str", strings::runes_to_str),
            ("str_to_runes", strings::str_to_runes),
            // maps
            ("make_map", maps::make_map),
            ("map_get", maps::map_get),
            ("map_set", maps::map_set),
            ("map_delete", maps::map_delete),
            ("map_clear", maps::map_clear),
            ("map_iter_init", maps::map_iter_init),
            ("map_iter_next", maps::map_iter_next),
            // interfaces
            ("assert_iface", iface::assert_iface),
            ("assert_iface_ok", iface::assert_iface_ok),
            ("panic_assert", iface::panic_assert),
            ("iface_eq", iface::iface_eq),
            ("mem_eq", iface::mem_eq),
            // panics and defers
            ("panic_value", panic::panic_value),
            ("panic_index", panic::panic_index),
            ("panic_bounds", panic::panic_bounds),
            ("panic_nil", panic::panic_nil),
            ("panic_div", panic::panic_div),
            ("panic_shift", panic::panic_shift),
            ("panic_msg", panic::panic_msg),
            ("host_call", crate::host::host_call),
            ("defer_mark", panic::defer_mark),
            ("defer_push", panic::defer_push),
            ("defer_return", panic::defer_return),
            ("unwind", panic::unwind),
            ("recover", panic::recover),
            ("exit", panic::exit),
            // print builtins
            ("print_int", print::print_int),
            ("print_uint", print::print_uint),
            ("print_float", print::print_float),
            ("print_float32", print::print_float32),
            ("print_complex", print::print_complex),
            ("print_complex64", print::print_complex64),
            ("print_bool", print::print_bool),
            ("print_string", print::print_string),
            ("print_pointer", print::print_pointer),
            ("print_slice", print::print_slice),
            ("print_iface", print::print_iface),
            ("print_space", print::print_space),
            ("print_nl", print::print_nl),
        ];
        let mut m: HashMap<&'static str, NativeFn> = list.iter().copied().collect();
        m.extend(crate::chan::NATIVES.iter().copied());
        for (name, f) in crate::lib_natives() {
            m.insert(name, f);
        }
        m
    })
}

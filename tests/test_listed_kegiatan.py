"""A plan of sub kegiatan rows only (no program or kegiatan rows; the parents only in the codes): with --nomenclature
its sub kegiatan are linked through the kegiatan the list gives their codes, as kegiatan rows would link them; without
the list they wait for review, and the run says which plan lacks the rows and what to do."""

from __future__ import annotations

from syncheck.identify import identify_plan
from syncheck.messages import render
from syncheck.models import Kind, Options, Relation
from syncheck.nomenclature_load import load_master
from syncheck.pipeline import compare
from syncheck.plan_parts import PAIRING
from syncheck.readers import read_plan

HEADER = ["Kode", "Program / Kegiatan / Sub Kegiatan", "Lokasi", "Pagu Indikatif (Rp)"]
PROGRAM = "PROGRAM PENGELOLAAN PENDIDIKAN"
SMA = "Pengelolaan Pendidikan Sekolah Menengah Atas"
SD = "Pengelolaan Pendidikan Sekolah Dasar"
ROOMS = "Penambahan Ruang Kelas Baru"
HALL = "Pembangunan Gedung Olahraga"
MASTER = f"""kind,code,name,level,parent_code,status
program,1.01.02,{PROGRAM},provinsi,1.01,aktif
program,1.01.02,{PROGRAM},kabkota,1.01,aktif
kegiatan,1.01.02.1.01,{SMA},provinsi,1.01.02,aktif
sub_kegiatan,1.01.02.1.01.0002,{ROOMS},provinsi,1.01.02.1.01,aktif
kegiatan,1.01.02.1.03,Pengelolaan Sarana Olahraga Provinsi,provinsi,1.01.02,aktif
sub_kegiatan,1.01.02.1.03.0001,{HALL},provinsi,1.01.02.1.03,aktif
kegiatan,1.01.02.2.01,{SD},kabkota,1.01.02,aktif
sub_kegiatan,1.01.02.2.01.0002,{ROOMS},kabkota,1.01.02.2.01,aktif
kegiatan,1.01.02.2.03,Pengelolaan Sarana Olahraga Kabupaten/Kota,kabkota,1.01.02,aktif
sub_kegiatan,1.01.02.2.03.0001,{HALL},kabkota,1.01.02.2.03,aktif
""" + "".join(  # other rows of the list (a list of fewer than 20 rows is refused)
    f"sub_kegiatan,1.01.02.{level}.01.00{n:02d},Pengadaan Perlengkapan Sekolah Jenis {n},{where},1.01.02.{level}.01,aktif\n"
    for level, where in (("1", "provinsi"), ("2", "kabkota")) for n in range(3, 9)
)


def title(government: str) -> list:
    return [["RENCANA KERJA PEMERINTAH DAERAH"], [government], ["TAHUN 2024"], []]


def province_rows() -> list:
    """The province: a program, two kegiatan and a sub kegiatan under each, all in Kota Contoh."""
    return [
        HEADER, ["1.01.02", PROGRAM, None, 300],
        ["1.01.02.1.01", SMA, None, 100], ["1.01.02.1.01.0002", ROOMS, "Kota Contoh", 100],
        ["1.01.02.1.03", "Pengelolaan Sarana Olahraga Provinsi", None, 200], ["1.01.02.1.03.0001", HALL, "Kota Contoh", 200],
    ]  # fmt: skip


def city_rows(program_row: bool = False) -> list:
    """The city: its two sub kegiatan of the same names, without kegiatan rows (and without a program row, unless asked)."""
    subs = [["1.01.02.2.01.0002", ROOMS, "Kota Contoh", 50], ["1.01.02.2.03.0001", HALL, "Kota Contoh", 70]]
    return [HEADER, *([["1.01.02", PROGRAM, None, 120]] if program_row else []), *subs]


def run(make_workbook, tmp_path, listed: bool, program_row: bool = False):
    province = make_workbook(title("PROVINSI CONTOH") + province_rows(), name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + city_rows(program_row), name="kota_contoh_2024.xlsx")
    master = tmp_path / "nomenklatur.csv"
    master.write_text(MASTER, encoding="utf-8")
    return compare([str(province), str(city)], Options(nomenclature_path=str(master) if listed else None))


def sub_links(result) -> dict[str, tuple[Relation, str]]:
    return {link.right.name: (link.relation, link.reason) for link in result.links if link.kind is Kind.SUB_KEGIATAN}


def test_the_kegiatan_the_list_gives_a_flat_plans_code_links_its_sub_kegiatan(make_workbook, tmp_path):
    links = sub_links(run(make_workbook, tmp_path, listed=True))
    relation, reason = links[HALL]
    assert relation is Relation.IDENTICAL
    # the list's kab/kota kegiatan is the province's kegiatan once level words are set aside
    assert reason.endswith(
        "no kegiatan row above one of them: the nomenclature names its kegiatan 1.01.02.2.03 "
        "'Pengelolaan Sarana Olahraga Kabupaten/Kota', the same as the other's"
    )
    assert render(reason, "id").endswith(
        "tanpa baris kegiatan di atas salah satunya: nomenklatur menyebut kegiatannya 1.01.02.2.03 "
        "'Pengelolaan Sarana Olahraga Kabupaten/Kota', sama dengan kegiatan yang lain"
    )


def test_a_sub_kegiatan_of_one_name_under_the_other_half_of_the_affair_stays_for_review(make_workbook, tmp_path):
    # the city's rooms are of its SD kegiatan (the list says so), the province's of its SMA kegiatan: not one item
    relation, reason = sub_links(run(make_workbook, tmp_path, listed=True))[ROOMS]
    assert relation is Relation.REVIEW
    assert reason.endswith(f"the nomenclature names its kegiatan 1.01.02.2.01 '{SD}', not '{SMA}'")


def test_the_overlap_of_a_flat_plan_is_counted_once_its_sub_kegiatan_are_linked(make_workbook, tmp_path):
    result = run(make_workbook, tmp_path, listed=True)
    assert [(overlap.left.name, overlap.right.budget) for overlap in result.overlaps] == [(HALL, 70)]
    assert [overlap.left.name for overlap in run(make_workbook, tmp_path, listed=False).overlaps] == []


def test_without_the_list_the_flat_plans_sub_kegiatan_wait_for_review(make_workbook, tmp_path):
    result = run(make_workbook, tmp_path, listed=False)
    assert {name: relation for name, (relation, _) in sub_links(result).items()} == {ROOMS: Relation.REVIEW, HALL: Relation.REVIEW}


def test_the_run_says_which_plan_has_no_parent_rows_and_what_the_list_does(make_workbook, tmp_path):
    notes = [note for note in run(make_workbook, tmp_path, listed=False).warnings if "no program or kegiatan rows" in note.message]
    assert [(note.ref.file, note.kind) for note in notes] == [("kota_contoh_2024.xlsx", PAIRING)]
    assert notes[0].message == (
        "Kota Contoh's plan (kota_contoh_2024.xlsx) has sub kegiatan rows but no program or kegiatan rows: its headlines "
        "count none of them, and its sub kegiatan of the same name as the other level's stay for review, since no row "
        "says which kegiatan they belong to: give --nomenclature to link them through the kegiatan the list gives their codes"
    )
    listed = [note.message for note in run(make_workbook, tmp_path, listed=True).warnings if note.kind == PAIRING]
    assert listed == [
        "Kota Contoh's plan (kota_contoh_2024.xlsx) has sub kegiatan rows but no program or kegiatan rows: its headlines "
        "count none of them, and its sub kegiatan are linked through the kegiatan the nomenclature gives their codes"
    ]


def test_a_plan_with_program_rows_but_no_kegiatan_rows_is_named_too(make_workbook, tmp_path):
    result = run(make_workbook, tmp_path, listed=True, program_row=True)
    assert [note.message.split(": ")[0] for note in result.warnings if note.kind == PAIRING] == [
        "Kota Contoh's plan (kota_contoh_2024.xlsx) has sub kegiatan rows but no kegiatan rows"]
    assert sub_links(result)[HALL][0] is Relation.IDENTICAL


def test_only_a_sub_kegiatan_without_a_kegiatan_row_is_given_the_lists_kegiatan(make_workbook, tmp_path):
    master = tmp_path / "nomenklatur.csv"
    master.write_text(MASTER, encoding="utf-8")
    city = read_plan(make_workbook(title("KOTA CONTOH") + city_rows(), name="kota_contoh_2024.xlsx"))
    province = read_plan(make_workbook(title("PROVINSI CONTOH") + province_rows(), name="provinsi_contoh_2024.xlsx"))
    assert [item.listed_kegiatan for item in identify_plan(city, load_master(str(master))).items] == [
        SD, "Pengelolaan Sarana Olahraga Kabupaten/Kota"]
    assert {item.listed_kegiatan for item in identify_plan(province, load_master(str(master))).items} == {""}


def test_a_codeless_row_without_parents_whose_name_is_on_several_rows_of_the_other_plan_is_held_for_review(make_workbook):
    support = [[f"{bidang}.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", None, 100, agency] for bidang, agency in
               (("1.01", "DINAS PENDIDIKAN"), ("1.02", "DINAS KESEHATAN"))]  # fmt: skip
    rows = [HEADER + ["Perangkat Daerah"]]
    for program in support:
        bidang = program[0][:4]
        rows += [program, [f"{bidang}.01.1.02", "Administrasi Keuangan Perangkat Daerah", None, 100, program[4]],
                 [f"{bidang}.01.1.02.0001", "Penyediaan Gaji dan Tunjangan ASN", "Kota Contoh", 100, program[4]]]
    rows += [["1.01.02", PROGRAM, None, 200, "DINAS PENDIDIKAN"], ["1.01.02.1.03", "Pengelolaan Sarana Olahraga Provinsi", None, 200, "DINAS PENDIDIKAN"],
             ["1.01.02.1.03.0001", HALL, "Kota Contoh", 200, "DINAS PENDIDIKAN"]]  # fmt: skip
    province = make_workbook(title("PROVINSI CONTOH") + rows, name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + [HEADER, [None, "Penyediaan Gaji dan Tunjangan ASN", "Kota Contoh", 50], [None, HALL, "Kota Contoh", 70]])
    links = [(link.left.code_text, link.right.name, link.relation, link.reason) for link in compare([str(province), str(city)], Options()).links]
    held = [(code, relation) for code, name, relation, _ in links if name == "Penyediaan Gaji dan Tunjangan ASN"]
    assert held == [("1.01.01.1.02.0001", Relation.REVIEW), ("1.02.01.1.02.0001", Relation.REVIEW)]
    assert next(reason for _, name, _, reason in links if name == "Penyediaan Gaji dan Tunjangan ASN").endswith(
        "the row has no code and no parent row, and its name alone links it to 2 rows of the other plan: which one it is needs a reviewer")
    # a name the other plan has once still links on its own
    assert [(code, relation) for code, name, relation, _ in links if name == HALL] == [("1.01.02.1.03.0001", Relation.SIMILAR)]


def test_rows_of_one_code_are_one_item_for_a_codeless_row_linked_by_its_name(make_workbook):
    # the province writes its sub kegiatan on a row per kecamatan: one item, so the city's codeless row links to it
    rows = province_rows()[:-2] + [["1.01.02.1.03", "Pengelolaan Sarana Olahraga Provinsi", None, 200],
                                   ["1.01.02.1.03.0001", HALL, "Kota Contoh - Kec. Timur", 120], ["1.01.02.1.03.0001", HALL, "Kota Contoh - Kec. Barat", 80]]
    province = make_workbook(title("PROVINSI CONTOH") + rows, name="provinsi_contoh_2024.xlsx")
    city = make_workbook(title("KOTA CONTOH") + [HEADER, [None, HALL, "Kec. Timur", 70]])
    links = [link for link in compare([str(province), str(city)], Options()).links if link.right.name == HALL]
    assert [(link.left.ref.row, link.relation) for link in links] == [(10, Relation.SIMILAR), (11, Relation.SIMILAR)]

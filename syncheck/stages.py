"""The stage of an RKPD a title or a file name states (Permendagri 86/2017: rancangan awal, rancangan, rancangan akhir,
penetapan; then a revision, the perubahan), for telling versions of one plan apart, earliest first (pure)."""

from __future__ import annotations

import re

#: the stages, earliest first; PLAIN: a file name stating none (taken for the plan as adopted, before a 'final' one)
DRAFT, RANWAL, RANCANGAN, RANHIR, PLAIN, FINAL, REVISION, PERUBAHAN = range(8)

#: checked in this order, the first found counts: 'Draft Rancangan Akhir' is the rancangan akhir, 'Final Draft' the final
_STAGES = (
    (re.compile(r"\bran(?:cangan)?[\s_-]*awal\b|\branwal\b", re.I), RANWAL),
    (re.compile(r"\bran(?:cangan)?[\s_-]*akhir\b|\branhir\b", re.I), RANHIR),
    (re.compile(r"\brancangan\b", re.I), RANCANGAN),
    (re.compile(r"\bperubahan\s+(?:atas\s+)?(?:rkpd|renja|rencana\s+kerja)\b|\bp[\s_-]*rkpd\b", re.I), PERUBAHAN),
    (re.compile(r"\bfinal\b|\bpenetapan\b|\bditetapkan\b|\bdefinitif\b", re.I), FINAL),
    (re.compile(r"\bdraf(?:t)?\b|\bkonsep\b", re.I), DRAFT),
)
#: what a file name alone says besides ('rkpd_2024_perubahan', 'rkpd_2024_rev2'); a title's 'Perubahan' may be of a
#: program's name, and its 'Revisi' of a list
_FILE_STAGES = (
    (re.compile(r"\bperubahan\b", re.I), PERUBAHAN),
    (re.compile(r"\brev(?:isi)?\b|\brev[\s_-]*\d", re.I), REVISION),
)


def stage_of(text: str, file_name: bool = False) -> int | None:
    """The stage ``text`` (titles and a sheet's name, or with ``file_name`` a file's name) states; None for none."""
    for pattern, stage in (*_STAGES[:3], *(_FILE_STAGES if file_name else ()), *_STAGES[3:]):
        if pattern.search(text):
            return stage
    return None

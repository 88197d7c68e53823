"""CAMEO root codes: quad class, Goldstein weight, and the PLOVER <-> CAMEO mapping.

Sources:
- Quad class follows GDELT 1.0/2.0 (QuadClass field): roots 01-05 verbal
  cooperation (1), 06-09 material cooperation (2), 10-14 verbal conflict (3),
  15-20 material conflict (4).
- Goldstein weights are the CAMEO codebook values of each root's generic code
  ("010", "020", ... "200"), the ones GDELT attaches to root-level events.
- PLOVER <-> CAMEO follows openeventdata/PLOVER (README table and
  CAMEO2PLOVER-2021.txt). Where the contract's 16 types differ from PLOVER 1.0
  we document the choice:
    * DEMAND is called REQUEST here, DISAPPROVE is ACCUSE (root 10 and 11);
    * FIGHT (19) and mass violence (20) are folded into ASSAULT;
    * CAMEO 09 INVESTIGATE maps to ACCUSE (as in CAMEO2PLOVER-2021);
    * CAMEO 08 YIELD splits: 081-083 CONCEDE (verbal), 084-087 RETREAT (material);
    * imposing sanctions (CAMEO 163) is coded SANCTION/16, although
      CAMEO2PLOVER-2021 moves 163 to COERCE: users of this warehouse read
      "sanctions" as SANCTION, and root 16 keeps the Goldstein weight of
      reducing relations rather than coercion;
    * signing a formal agreement (CAMEO 057) is coded AGREE with root 05: PLOVER
      2021 files 057 under SUPPORT, but the PLOVER manual's AGREE covers
      concluding agreements and that is what annotators of news expect.
"""
from __future__ import annotations

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                "MOBILIZE", "COERCE", "ASSAULT")

CAMEO_ROOTS = {
    # root: (CAMEO label, Goldstein weight of the root's generic code)
    "01": ("MAKE PUBLIC STATEMENT", 0.0),
    "02": ("APPEAL", 3.0),
    "03": ("EXPRESS INTENT TO COOPERATE", 4.0),
    "04": ("CONSULT", 1.0),
    "05": ("ENGAGE IN DIPLOMATIC COOPERATION", 3.5),
    "06": ("ENGAGE IN MATERIAL COOPERATION", 6.0),
    "07": ("PROVIDE AID", 7.0),
    "08": ("YIELD", 5.0),
    "09": ("INVESTIGATE", -2.0),
    "10": ("DEMAND", -5.0),
    "11": ("DISAPPROVE", -2.0),
    "12": ("REJECT", -4.0),
    "13": ("THREATEN", -4.4),
    "14": ("PROTEST", -6.5),
    "15": ("EXHIBIT FORCE POSTURE", -7.2),
    "16": ("REDUCE RELATIONS", -4.0),
    "17": ("COERCE", -7.0),
    "18": ("ASSAULT", -9.0),
    "19": ("FIGHT", -10.0),
    "20": ("USE UNCONVENTIONAL MASS VIOLENCE", -10.0),
}

# The CAMEO root used when a lexicon entry names only a PLOVER type.
PLOVER_TO_CAMEO = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}

# Default PLOVER type of each root (08 defaults to the material RETREAT reading).
CAMEO_TO_PLOVER = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
    "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}


def quad_class(cameo_root: str) -> int:
    """GDELT QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    root = int(cameo_root)
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def goldstein(cameo_root: str) -> float:
    return CAMEO_ROOTS[cameo_root][1]


def cameo_root_for(event_type: str, cameo_root: str | None = None) -> str:
    """The root to store: the lexicon's own when valid, else the type's default."""
    if cameo_root in CAMEO_ROOTS and cameo_root not in ("01", "02"):
        return cameo_root
    return PLOVER_TO_CAMEO[event_type]

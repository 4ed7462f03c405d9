package nl.gebiedsteam.caseload.measure;

/** Pressure (drang: a choice with consequences) or compulsion (dwang: imposed). */
public enum MeasureKind {
    DRANG,
    DWANG
}

package nl.gebiedsteam.caseload.contact;

/** How an appointment will take place, and the kind of contact it becomes once it has happened. */
public enum PlannedKind {
    HOME_VISIT(ContactKind.HOME_VISIT),
    OFFICE(ContactKind.CONVERSATION),
    PHONE(ContactKind.PHONE),
    VIDEO(ContactKind.VIDEO),
    WITH_PARTNER(ContactKind.PARTNER_CONSULTATION);

    private final ContactKind contactKind;

    PlannedKind(ContactKind contactKind) {
        this.contactKind = contactKind;
    }

    public ContactKind contactKind() {
        return contactKind;
    }
}

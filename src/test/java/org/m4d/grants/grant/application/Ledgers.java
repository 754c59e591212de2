package org.m4d.grants.grant.application;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/** Test data for ledgers: entities with the ids the database would give them. */
public final class Ledgers {

    private Ledgers() {
    }

    public static <T extends TenantOwned> T withId(T entity, long id) {
        try {
            Field field = TenantOwned.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Money money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    public static Disbursement paid(long id, int tranche, String amount, String currency, String reference) {
        return withId(new Disbursement(1L, tranche, money(amount, currency), LocalDate.of(2026, 3, 2), reference,
                "np.finance", Instant.parse("2026-03-02T10:00:00Z").plusSeconds(id), null), id);
    }

    /** The same, converted at the dollar rate of its date ({@code usdRate} units of the currency per USD). */
    public static Disbursement paid(long id, int tranche, String amount, String currency, String reference, String usdRate) {
        return withId(new Disbursement(1L, tranche, money(amount, currency), LocalDate.of(2026, 3, 2), reference,
                "np.finance", Instant.parse("2026-03-02T10:00:00Z").plusSeconds(id), null)
                .converting(new BigDecimal(usdRate)), id);
    }

    public static Disbursement reversal(long id, Disbursement original, String reason) {
        return withId(original.reverse(reason, "np.finance", Instant.parse("2026-03-05T10:00:00Z").plusSeconds(id)), id);
    }
}

package org.m4d.grants.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.identity.domain.UserAccount;
import org.m4d.grants.identity.domain.UserRepository;

/**
 * Demo users for every role in Nepal and Senegal, one in Bangladesh (not grant-eligible) and the
 * global roles. Seeded only when the app is started with {@code m4d.demo-data=true}, as the run
 * command does; the shared demo password exists nowhere else.
 */
@ApplicationScoped
public class DemoData {

    static final String DEMO_PASSWORD = "demo";

    private record DemoUser(String username, String displayName, Role role, String tenant, Agency agency) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("np.applicant", "Sita Sharma (Kathmandu Metropolitan City)", Role.APPLICANT, "NP", null),
            new DemoUser("np.applicant2", "Gita Poudel (Pokhara Metropolitan City)", Role.APPLICANT, "NP", null),
            new DemoUser("np.focal", "Ram Thapa (Ministry of Labour, Nepal)", Role.NATIONAL_FOCAL_POINT, "NP", null),
            new DemoUser("np.coordinator", "Anita Gurung (programme coordinator, Nepal)", Role.COORDINATOR, "NP", Agency.UNDP),
            new DemoUser("np.coordinator2", "Deepak Joshi (IOM programme officer, Nepal)", Role.COORDINATOR, "NP", Agency.IOM),
            new DemoUser("np.reviewer.iom", "Bikash Rai (IOM reviewer, Nepal)", Role.REVIEWER, "NP", Agency.IOM),
            new DemoUser("np.reviewer.undp", "Maya Shrestha (UNDP reviewer, Nepal)", Role.REVIEWER, "NP", Agency.UNDP),
            new DemoUser("np.reviewer.undp2", "Prakash Adhikari (UNDP reviewer, Nepal)", Role.REVIEWER, "NP", Agency.UNDP),
            new DemoUser("np.reviewer.undp3", "Sarita Bhandari (UNDP reviewer, Nepal)", Role.REVIEWER, "NP", Agency.UNDP),
            new DemoUser("np.reviewer.iom3", "Kiran Tamang (IOM reviewer, Nepal)", Role.REVIEWER, "NP", Agency.IOM),
            new DemoUser("np.finance", "Hari Karki (finance, Nepal)", Role.FINANCE, "NP", null),
            new DemoUser("np.admin", "Nima Sherpa (administrator, Nepal)", Role.TENANT_ADMIN, "NP", null),
            new DemoUser("sn.applicant", "Awa Ndiaye (Commune de Dakar)", Role.APPLICANT, "SN", null),
            new DemoUser("sn.focal", "Moussa Diop (Ministère de l'Intérieur, Sénégal)", Role.NATIONAL_FOCAL_POINT, "SN", null),
            new DemoUser("sn.coordinator", "Fatou Sarr (coordinatrice, Sénégal)", Role.COORDINATOR, "SN", Agency.IOM),
            new DemoUser("sn.reviewer.iom", "Cheikh Fall (IOM reviewer, Senegal)", Role.REVIEWER, "SN", Agency.IOM),
            new DemoUser("sn.reviewer.undp", "Aminata Ba (UNDP reviewer, Senegal)", Role.REVIEWER, "SN", Agency.UNDP),
            new DemoUser("sn.finance", "Ousmane Sy (finance, Sénégal)", Role.FINANCE, "SN", null),
            new DemoUser("sn.admin", "Khady Sow (administratrice, Sénégal)", Role.TENANT_ADMIN, "SN", null),
            new DemoUser("bd.applicant", "Rahim Uddin (Dhaka North City Corporation)", Role.APPLICANT, "BD", null),
            new DemoUser("pmu", "Global programme management unit", Role.PMU, null, null),
            new DemoUser("observer", "Donor observer (SDC)", Role.OBSERVER, null, null));

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Transactional
    public void seedIfEmpty() {
        if (users.count() > 0) {
            return;
        }
        for (DemoUser demo : USERS) {
            UserAccount account = new UserAccount(demo.username(), demo.displayName(), hasher.hash(DEMO_PASSWORD));
            account.grant(demo.role(), demo.tenant(), demo.agency());
            account.changeEmail(demo.username() + "@m4d.example");
            users.store(account);
        }
    }

    /** The demo logins, for the start-up log of the run command. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Demo users (password \"" + DEMO_PASSWORD + "\" for all):");
        for (DemoUser demo : USERS) {
            lines.add(String.format("  %-18s %-22s %s", demo.username(),
                    demo.role().id() + (demo.agency() == null ? "" : " (" + demo.agency() + ")"),
                    demo.tenant() == null ? "all countries" : demo.tenant()));
        }
        return String.join(System.lineSeparator(), lines);
    }
}

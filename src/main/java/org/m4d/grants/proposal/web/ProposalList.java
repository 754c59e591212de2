package org.m4d.grants.proposal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.m4d.grants.identity.web.TenantSwitcher;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.proposal.application.ProposalPage;
import org.m4d.grants.proposal.application.ProposalService;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.Proposal;
import org.m4d.grants.proposal.domain.ProposalSearch;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code app/proposals.xhtml}: the proposals of the countries in view, a page at a time from
 * the database. Filters and order come from the query string, so a filtered list is a link (the
 * dashboard's numbers point here).
 */
@Named
@ViewScoped
public class ProposalList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProposalService proposals;

    @Inject
    TenantSwitcher tenant;

    private String state;
    private String sector;
    private String level;
    private String gender;
    private String covid;
    private String text;
    private String sort;
    private String dir;

    private final LazyDataModel<Proposal> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(proposals.search(tenant.getScope(), search(), 0, 0).total(), Integer.MAX_VALUE);
        }

        @Override
        public List<Proposal> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            ProposalPage page = proposals.search(tenant.getScope(), search(), first, pageSize);
            setRowCount((int) Math.min(page.total(), Integer.MAX_VALUE));
            return page.rows();
        }

        @Override
        public String getRowKey(Proposal proposal) {
            return proposal.tenantId() + "-" + proposal.id();
        }
    };

    public LazyDataModel<Proposal> getModel() {
        return model;
    }

    /** The search the list's filters and order make, which its exports use too. */
    public ProposalSearch search() {
        ProposalSearch.Order order = enumOf(ProposalSearch.Order.class, sort);
        return new ProposalSearch(enumOf(ProposalState.class, state), enumOf(Sector.class, sector),
                enumOf(Level.class, level), markerOf(gender), "yes".equals(covid) ? Boolean.TRUE : null,
                text == null ? null : text.substring(0, Math.min(text.length(), 200)),
                order, order != null && !"desc".equals(dir), null);
    }

    private static Integer markerOf(String value) {
        return value != null && value.matches("[0-2]") ? Integer.valueOf(value) : null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** The link of a column header: sorts by that column, or flips the direction when it already does. */
    public String sortLink(String column) {
        boolean flip = column.equals(sort) && !"desc".equals(dir);
        return query(Map.of("sort", column, "dir", flip ? "desc" : "asc"));
    }

    private String query(Map<String, String> overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("state", state);
        params.put("sector", sector);
        params.put("level", level);
        params.put("gender", gender);
        params.put("covid", covid);
        params.put("text", text);
        params.put("sort", sort);
        params.put("dir", dir);
        params.putAll(overrides);
        return Pages.query(params);
    }

    public List<ProposalState> getStates() {
        return List.of(ProposalState.values());
    }

    public List<Sector> getSectors() {
        return List.of(Sector.values());
    }

    public List<Level> getLevels() {
        return List.of(Level.values());
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public String getCovid() {
        return covid;
    }

    public void setCovid(String covid) {
        this.covid = covid;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return dir;
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}

package org.m4d.grants.workflow.web;

import java.io.Serializable;
import org.m4d.grants.review.application.ReviewScoring;
import org.m4d.grants.review.domain.Recommendation;

/** The scoring form of a technical review. */
public class ReviewForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Integer relevance;
    private Integer scalability;
    private Integer localOwnership;
    private Integer genderResponsiveness;
    private Integer sustainability;
    private Integer budgetRealism;
    private Recommendation recommendation;
    private String comments;

    ReviewScoring scoring() {
        return new ReviewScoring(relevance, scalability, localOwnership, genderResponsiveness, sustainability,
                budgetRealism, recommendation, comments);
    }

    public Integer getRelevance() { return relevance; }
    public void setRelevance(Integer v) { relevance = v; }
    public Integer getScalability() { return scalability; }
    public void setScalability(Integer v) { scalability = v; }
    public Integer getLocalOwnership() { return localOwnership; }
    public void setLocalOwnership(Integer v) { localOwnership = v; }
    public Integer getGenderResponsiveness() { return genderResponsiveness; }
    public void setGenderResponsiveness(Integer v) { genderResponsiveness = v; }
    public Integer getSustainability() { return sustainability; }
    public void setSustainability(Integer v) { sustainability = v; }
    public Integer getBudgetRealism() { return budgetRealism; }
    public void setBudgetRealism(Integer v) { budgetRealism = v; }
    public Recommendation getRecommendation() { return recommendation; }
    public void setRecommendation(Recommendation v) { recommendation = v; }
    public String getComments() { return comments; }
    public void setComments(String v) { comments = v; }
}

package org.m4d.grants.grant.application;

import java.util.List;
import org.m4d.grants.grant.domain.FaceDocument;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.platform.domain.Money;

/**
 * A grant's FACE documents, the cash the partner holds and carries into the next period (direct
 * cash transfers only, else null) and what stops a payment now.
 */
public record FaceView(Modality modality, List<FaceDocument> documents, Money balanceCarried, List<ReleaseBlock> blocks) {
}

package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OversizedPostsTest {

    @Test
    void aFormPostOrUploadBeyondWhatTheServerTakesIsRefused() {
        assertThat(OversizedPosts.tooLarge("POST", "application/x-www-form-urlencoded", 3_000_000)).isTrue();
        assertThat(OversizedPosts.tooLarge("POST", null, 2 * 1024 * 1024 + 1)).isTrue();
        assertThat(OversizedPosts.tooLarge("POST", "multipart/form-data; boundary=x", 12 * 1024 * 1024)).isTrue();
    }

    @Test
    void formsWithinTheLimitUploadsAndGetsPass() {
        assertThat(OversizedPosts.tooLarge("POST", "application/x-www-form-urlencoded", 2 * 1024 * 1024)).isFalse();
        assertThat(OversizedPosts.tooLarge("POST", "application/x-www-form-urlencoded", -1)).isFalse();
        assertThat(OversizedPosts.tooLarge("POST", "multipart/form-data; boundary=x", 11_000_000)).isFalse();
        assertThat(OversizedPosts.tooLarge("GET", null, 3_000_000)).isFalse();
    }
}

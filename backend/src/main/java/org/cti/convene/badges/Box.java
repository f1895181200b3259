package org.cti.convene.badges;

/** A rectangle on a page in PDF points, origin bottom left. */
record Box(float x, float y, float width, float height) {

    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    float top() {
        return y + height;
    }

    float right() {
        return x + width;
    }
}
